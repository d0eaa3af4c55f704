/*
 * Numbers in interface strings (i18n/index.ts formatNumber): small whole numbers skip
 * Intl.NumberFormat (its first use is costly on a slow phone's cold load), which is right only
 * if every language writes them exactly as Intl does: checked for each of 0..9,999 in each
 * language. Larger, negative and fractional numbers come from Intl, grouped as the language
 * groups them, and follow a language switch.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber, LANGUAGES, setLanguage } from '../../../src/lib/i18n/index.ts';

describe('numbers in interface strings', () => {
  for (const lang of LANGUAGES) {
    it(`writes every number as Intl does in ${lang}`, async () => {
      await setLanguage(lang);
      const intl = new Intl.NumberFormat(lang, { useGrouping: 'min2' });
      const differ: number[] = [];
      for (let n = 0; n < 10_000; n++) if (formatNumber(n) !== intl.format(n)) differ.push(n);
      expect(differ).toEqual([]);
      for (const n of [10_000, 12_345, 1_234_567, -5, 2.5, 9_999.5]) expect(formatNumber(n)).toBe(intl.format(n));
    });
  }

  it('groups large numbers in the language switched to', async () => {
    await setLanguage('en');
    expect(formatNumber(12_345)).toBe('12,345');
    await setLanguage('fr');
    expect(formatNumber(12_345)).toBe(new Intl.NumberFormat('fr', { useGrouping: 'min2' }).format(12_345));
    expect(formatNumber(12_345)).not.toBe('12,345');
  });
});
