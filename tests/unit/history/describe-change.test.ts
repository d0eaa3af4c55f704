import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/lib/i18n/index.ts';
import { describeEntry, describeUpdate, type ChangeLine } from '../../../src/lib/history/describe-change.ts';
import { lookupIn } from '../../../src/lib/history/record-names.ts';
import { fr, makeAgendaItem, makeBundle, makeHistoryEntry, makeMandate, makeMeeting, makeSection } from '../factories.ts';
import { inLanguage } from './in-language.ts';

afterEach(() => inLanguage('fr'));

const meetings = [
  makeMeeting({ id: 'wg', startDate: '2011-09-15' }),
  makeMeeting({ id: 'special', startDate: '2011-11-17', endDate: '2011-11-18', title: fr('Séance spéciale'), kind: 'other' }),
];
const lookup = lookupIn({ ...makeBundle(), meetings });

/** A line as the screen reads it. */
function read(line: ChangeLine): string {
  if (line.kind === 'move') return `${line.label}: ${line.text}`;
  if (line.kind === 'value') return `${line.label}: ${line.before} → ${line.after}`;
  if (line.kind === 'content') return `${line.label}: ${line.text}`;
  return `${line.label}: ${line.parts.map((p) => (p.op === 'gap' ? '…' : p.op === 'del' ? `[-${p.text}-]` : p.op === 'ins' ? `{+${p.text}+}` : p.text)).join('')}`;
}
const lines = (table: Parameters<typeof describeUpdate>[0], before: unknown, after: unknown) => describeUpdate(table, before, after, lookup).map(read);

const LONG =
  'Le groupe de travail examinera chaque année le rapport du Secrétariat général sur la mise en œuvre des mandats et formulera des recommandations au Conseil permanent.';

describe('describeUpdate: a change in the interface language', () => {
  const status: Record<Language, string> = {
    fr: 'Statut: À réaliser → Réalisé',
    en: 'Status: Pending → Done',
    es: 'Estado: Pendiente → Cumplido',
    pt: 'Situação: Pendente → Cumprido',
  };
  it.each(['fr', 'en', 'es', 'pt'] as const)('names a mandate status by its words, never its code (%s)', async (lang) => {
    await inLanguage(lang);
    expect(lines('mandates', makeMandate(), makeMandate({ status: 'done' }))).toEqual([status[lang]]);
  });

  it('writes meeting statuses, kinds, dates, times and booleans as the interface does', async () => {
    await inLanguage('en');
    const before = makeMeeting({ startTime: '10:00' });
    const after = makeMeeting({ status: 'held', kind: 'expert', startDate: '2011-09-22', startTime: '14:30' });
    expect(lines('meetings', before, after)).toEqual([
      'Type: Working group meeting → Experts meeting',
      'Date: September 15, 2011 → September 22, 2011',
      'Start time: 10:00 AM → 2:30 PM',
      'Status: Scheduled → Held',
    ]);
    expect(lines('mandates', makeMandate(), makeMandate({ toBeConfirmed: true }))).toEqual(['To be confirmed: no → yes']);
    await inLanguage('fr');
    expect(lines('mandates', makeMandate(), makeMandate({ toBeConfirmed: true, dueDate: '2012-03-01' }))).toEqual([
      'Échéance: — → 1 mars 2012',
      'À confirmer: non → oui',
    ]);
  });

  it('writes an outcome by its words and its note', async () => {
    await inLanguage('es');
    const after = makeAgendaItem({ outcome: { kind: 'postponed', note: fr('À la prochaine séance'), recordedAt: '2011-09-15T15:00:00.000Z' } });
    expect(lines('agendaItems', makeAgendaItem(), after)).toEqual(['Resultado: — → Aplazado · À la prochaine séance']);
  });
});

describe('describeUpdate: moves', () => {
  it.each([
    ['en', 'Order: Moves up from 3rd to 2nd place', 'Order: Moves down from 1st to 4th place'],
    ['fr', 'Ordre: Monte de la 3e à la 2e place', 'Ordre: Descend de la 1re à la 4e place'],
    ['es', 'Orden: Sube del 3.º al 2.º puesto', 'Orden: Baja del 1.º al 4.º puesto'],
    ['pt', 'Ordem: Sobe da 3.ª para a 2.ª posição', 'Ordem: Desce da 1.ª para a 4.ª posição'],
  ] as const)('tells a reordered agenda item or mandate as a move up or down (%s)', async (lang, up, down) => {
    await inLanguage(lang);
    expect(lines('agendaItems', makeAgendaItem({ order: 2 }), makeAgendaItem({ order: 1 }))).toEqual([up]);
    expect(lines('mandates', makeMandate({ order: 0 }), makeMandate({ order: 3 }))).toEqual([down]);
  });

  it('tells an item moved to another meeting by the meetings’ titles (an untitled one by its built title)', async () => {
    await inLanguage('en');
    const moved = lines('agendaItems', makeAgendaItem({ meetingId: 'wg', order: 2 }), makeAgendaItem({ meetingId: 'special', order: 0 }));
    expect(moved).toEqual(['Meeting: Moves from “Working group meeting of September 15, 2011” to “Séance spéciale · November 17\u2009–\u200918, 2011”']);
    await inLanguage('fr');
    expect(lines('agendaItems', makeAgendaItem({ meetingId: 'special' }), makeAgendaItem({ meetingId: 'wg' }))).toEqual([
      'Réunion: Passe de « Séance spéciale · 17–18 novembre 2011 » à « Réunion du groupe de travail du 15 septembre 2011 »',
    ]);
  });

  it('tells a paragraph moved within its section as a move of that paragraph, not as a text change', async () => {
    await inLanguage('en');
    const p = (n: number) => ({ id: `s/p${n}`, text: fr(`Paragraphe ${n}.`) });
    const before = makeSection({ paragraphs: [p(1), p(2), p(3)] });
    expect(lines('sections', before, makeSection({ paragraphs: [p(1), p(3), p(2)] }))).toEqual(['Paragraph 3: Moves up from 3rd to 2nd place']);
    expect(lines('sections', before, makeSection({ paragraphs: [p(2), p(3), p(1)] }))).toEqual(['Paragraph 1: Moves down from 1st to 3rd place']);
  });
});

describe('describeUpdate: texts', () => {
  it('shows a long paragraph’s edit as a word difference that shows what changed', async () => {
    await inLanguage('en');
    const before = makeSection({ paragraphs: [{ id: 's/p1', text: fr(LONG) }] });
    const after = makeSection({ paragraphs: [{ id: 's/p1', text: fr(LONG.replace('chaque année', 'tous les deux ans')) }] });
    expect(lines('sections', before, after)).toEqual([
      'Paragraph 1: Le groupe de travail examinera [-chaque année-]{+tous les deux ans+} le rapport du Secrétariat général sur …',
    ]);
  });

  it('shows paragraphs added and deleted with their text, and a translation’s change under its language', async () => {
    await inLanguage('fr');
    const one = { id: 's/p1', text: fr('Premier.') };
    const two = { id: 's/p2', text: fr('Second.') };
    expect(lines('sections', makeSection({ paragraphs: [one] }), makeSection({ paragraphs: [one, two] }))).toEqual(['Paragraphe 2 ajouté: Second.']);
    expect(lines('sections', makeSection({ paragraphs: [one, two] }), makeSection({ paragraphs: [two] }))).toEqual(['Paragraphe 1 supprimé: Premier.']);
    const translated = makeMandate({ text: { ...fr('Texte.'), translations: { en: 'Text.' } } });
    expect(lines('mandates', makeMandate({ text: fr('Texte.') }), translated)).toEqual(['Texte — traduction (anglais): — → Text.']);
  });

  it('shows a short text whole, before → after', async () => {
    await inLanguage('en');
    expect(lines('meetings', makeMeeting({ title: fr('Séance') }), makeMeeting({ title: fr('Séance spéciale') }))).toEqual(['Title: Séance → Séance spéciale']);
  });
});

describe('describeEntry', () => {
  it('describes updates only: a creation or a deletion is told by its command', () => {
    expect(describeEntry(makeHistoryEntry({ op: 'create', before: undefined }), lookup)).toEqual([]);
    expect(describeEntry(makeHistoryEntry(), lookup).map(read)).toEqual(['Heure de début: — → 10:00']);
  });
});
