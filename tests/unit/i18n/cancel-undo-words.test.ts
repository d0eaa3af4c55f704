/*
 * Three different acts, three different words in every language: leaving a form without
 * saving, cancelling a meeting, undoing a change. (French once said "Annuler" for all three.)
 */
import { describe, expect, it } from 'vitest';
import { messagesIn } from './catalogs.ts';

const tables: Record<string, Record<string, string>> = {
  fr: messagesIn('fr'),
  en: messagesIn('en'),
  es: messagesIn('es'),
  pt: messagesIn('pt'),
};
// Undo has two labels (the feedback bar's button and the changes screen's): one act, one verb.
const ACTS = { leaveForm: ['form.cancel'], cancelMeeting: ['meeting.cancel'], undo: ['form.undo', 'changes.undoLast'] };
// Words that carry no meaning of their own (articles, prepositions, "last change"...).
const FILLER = new Set([
  'la',
  'le',
  'les',
  'the',
  'a',
  'o',
  'el',
  'de',
  'do',
  'del',
  'dernière',
  'modification',
  'last',
  'change',
  'último',
  'cambio',
  'última',
  'alteração',
  'meeting',
  'réunion',
  'reunión',
  'reunião',
]);
const words = (text: string) =>
  text
    .toLocaleLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !FILLER.has(w));

describe('cancel, cancel the meeting, undo', () => {
  for (const [lang, table] of Object.entries(tables)) {
    it(`are three different words in ${lang}`, () => {
      const byAct = Object.entries(ACTS).map(([act, keys]) => [act, new Set(keys.flatMap((k) => words(table[k]!)))] as const);
      for (const [act, own] of byAct) expect(own.size, `${lang} ${act}`).toBeGreaterThan(0);
      for (const [act, own] of byAct) {
        for (const [other, theirs] of byAct) {
          if (act !== other)
            expect(
              [...own].filter((w) => theirs.has(w)),
              `${lang}: ${act} / ${other}`,
            ).toEqual([]);
        }
      }
    });
  }

  it('never calls the undo button "Annuler" in French', () => {
    expect(tables.fr!['form.undo']).not.toMatch(/annul/i);
    expect(tables.fr!['form.cancel']).not.toMatch(/annul/i);
  });
});
