import { describe, expect, it } from 'vitest';
import { ICAL_WORDS, icalWordsFor } from '../../../src/lib/i18n/ics-words.ts';
import { LANGUAGES } from '../../../src/lib/i18n/index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('words of exported calendar files', () => {
  it('exist in every interface language, in that language', () => {
    expect(Object.keys(ICAL_WORDS).sort()).toEqual([...LANGUAGES].sort());
    for (const lang of LANGUAGES) expect(icalWordsFor(lang).locale).toBe(lang);
  });

  it('have the same keys, no empty value and the same placeholders in all four tables', () => {
    const french: Record<string, string> = ICAL_WORDS.fr;
    const keys = Object.keys(french).sort();
    for (const [lang, table] of Object.entries(ICAL_WORDS) as [string, Record<string, string>][]) {
      expect(Object.keys(table).sort(), lang).toEqual(keys);
      for (const key of keys) {
        expect(table[key]?.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(table[key] ?? ''), `${lang} ${key}`).toEqual(placeholders(french[key] ?? ''));
      }
    }
  });
});
