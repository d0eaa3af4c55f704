/*
 * "The secretariat's update": the MISPA-III plan as a later file from the secretariat would
 * hold it, with the first working-group meeting moved a week later, an agenda item added to
 * the second one, and a paragraph of the background reworded. Built from the seed, so each
 * test says only which of these it looks at.
 */
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { addDays } from '../../../src/lib/domain/dates.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { fr, makeAgendaItem } from '../factories.ts';

/** The seed's working-group meetings, in date order. */
export const WG = mispaIII.meetings.filter((m) => m.kind === 'working-group').sort((a, b) => a.startDate.localeCompare(b.startDate));

export function secretariatUpdate() {
  const [first, second] = WG;
  const movedTo = addDays(first!.startDate, 7);
  const addedItem = makeAgendaItem({
    id: `${second!.id}/a-new`,
    planId: mispaIII.plan.id,
    meetingId: second!.id,
    order: 99,
    text: fr('Examen du projet de déclaration'),
    updatedAt: '2011-10-01T12:00:00.000Z',
  });
  const section = mispaIII.sections.find((s) => s.paragraphs.length > 0)!;
  const old = section.paragraphs[0]!;
  const paragraph = { sectionId: section.id, paragraphId: old.id, before: old.text, after: fr(`${old.text.text} (texte révisé)`) };
  const bundle: PlanBundle = {
    ...mispaIII,
    meetings: mispaIII.meetings.map((m) => (m.id === first!.id ? { ...m, startDate: movedTo, sequence: m.sequence + 1 } : m)),
    agendaItems: [...mispaIII.agendaItems, addedItem],
    sections: mispaIII.sections.map((s) =>
      s.id === section.id ? { ...s, paragraphs: s.paragraphs.map((p) => (p.id === old.id ? { ...p, text: paragraph.after } : p)) } : s,
    ),
  };
  return { bundle, movedTo, addedItem, paragraph };
}
