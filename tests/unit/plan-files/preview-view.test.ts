import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import {
  agendaChanges,
  contactHref,
  fieldValue,
  inDateOrder,
  meetingFacts,
  otherChanges,
  paragraphText,
  scheduleValue,
  sectionName,
  skippedEventName,
} from '../../../src/lib/plan-files/preview-view.ts';
import { problem } from '../../../src/lib/plan-files/problems.ts';
import { previewImport, type UpdatePreview } from '../../../src/lib/plan-files/preview-store.ts';
import { fr, makeMeeting, makePlanFile } from '../factories.ts';
import { seededDb } from '../db/db-helpers.ts';
import { secretariatUpdate, WG } from './update-fixture.ts';

async function updateOf(bundle = secretariatUpdate().bundle): Promise<UpdatePreview> {
  const preview = await previewImport(await seededDb(), makePlanFile([{ bundle }]));
  const plan = preview.plans[0]!;
  if (plan.kind !== 'update') throw new Error('expected an update');
  return plan;
}

describe('the import preview’s lists', () => {
  it('shows each change once: schedule apart, agenda items apart, paragraphs apart', async () => {
    const { addedItem } = secretariatUpdate();
    const plan = await updateOf();
    expect(plan.schedule.map((s) => s.meetingId)).toEqual([WG[0]!.id]);
    expect(agendaChanges(plan).map((c) => [c.kind, c.id])).toEqual([['added', addedItem.id]]);
    // The moved meeting is in the schedule list only; the reworded paragraph in the texts list only.
    expect(otherChanges(plan)).toEqual([]);
  });

  it('lists a meeting’s title change and a section’s heading change among the other changes, without what is shown elsewhere', async () => {
    const { bundle } = secretariatUpdate();
    const section = bundle.sections.find((s) => s.paragraphs.length > 0)!;
    const edited = {
      ...bundle,
      meetings: bundle.meetings.map((m) => (m.id === WG[0]!.id ? { ...m, title: fr('Session spéciale') } : m)),
      sections: bundle.sections.map((s) => (s.id === section.id ? { ...s, heading: fr('Nouvel intitulé') } : s)),
    };
    const others = otherChanges(await updateOf(edited));
    expect(others.map((c) => [c.table, c.shownFields.map((f) => f.field)])).toEqual([
      ['sections', ['heading']],
      ['meetings', ['title']],
    ]);
  });

  it('names the section of a reworded paragraph and writes values as the calendar does', async () => {
    const { paragraph } = secretariatUpdate();
    const plan = await updateOf();
    const section = mispaIII.sections.find((s) => s.id === paragraph.sectionId)!;
    expect(sectionName(plan, plan.texts[0]!)).toContain(section.heading.text);
    expect(scheduleValue('startDate', '2011-09-22')).toBe('22 septembre 2011');
    expect(scheduleValue('startTime', '09:30')).toBe('9:30');
    expect(scheduleValue('status', 'postponed')).toBe('Reportée');
    expect(scheduleValue('endTime', undefined)).toBe('—');
    expect(
      fieldValue('sections', 'paragraphs', [
        { id: 'p', text: fr('Un.') },
        { id: 'q', text: fr('Deux.') },
      ]),
    ).toBe('Un. / Deux.');
    expect(paragraphText(fr('x'.repeat(1000))).length).toBe(400);
  });

  it('makes a link of a contact only for the schemes the format allows', () => {
    expect(contactHref('mailto:secretariat@example.org')).toBe('mailto:secretariat@example.org');
    expect(contactHref('https://example.org')).toBe('https://example.org');
    expect(contactHref('javascript:alert(1)')).toBeUndefined();
    expect(contactHref(undefined)).toBeUndefined();
  });
});

describe('what the .ics preview shows of each meeting', () => {
  it('lists the meetings added or changed in the order of their days and times, a removed one at its old time', () => {
    const at = (id: string, startDate: string, startTime?: string) => makeMeeting({ id, startDate, ...(startTime ? { startTime } : {}) });
    const schedule = [
      { meetingId: 'c', kind: 'added' as const, fields: [], after: at('c', '2011-11-08', '14:00') },
      { meetingId: 'a', kind: 'removed' as const, fields: [], before: at('a', '2011-09-15') },
      { meetingId: 'b', kind: 'changed' as const, fields: [], before: at('b', '2011-12-01', '09:00'), after: at('b', '2011-09-15', '10:00') },
      { meetingId: 'd', kind: 'added' as const, fields: [], after: at('d', '2011-11-08', '09:30') },
    ];
    expect(inDateOrder(schedule).map((s) => s.meetingId)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('gives its time with its zone, its place and its status', () => {
    const meeting = makeMeeting({ startTime: '09:00', endTime: '10:30', timeZone: 'America/Los_Angeles', place: fr('Salle 4'), status: 'cancelled' });
    expect(meetingFacts(meeting)).toEqual(['9:00 – 10:30, heure de Los Angeles', 'Salle 4', 'Annulée']);
    expect(meetingFacts(makeMeeting({ status: 'planned' }))).toEqual(['Journée entière (heure non précisée)', 'Prévue']);
  });

  it('names a skipped event by its title and line, "(sans titre)" when it has none', () => {
    expect(skippedEventName(problem('events[1]', 'file.ics.recurring', { summary: 'Budget review', line: 51 }))).toBe('« Budget review », ligne 51');
    expect(skippedEventName(problem('events[6]', 'file.ics.eventUnreadable', { summary: '', line: 126 }))).toBe('(sans titre), ligne 126');
    expect(skippedEventName(problem('', 'file.ics.noEvents'))).toBeUndefined();
  });
});
