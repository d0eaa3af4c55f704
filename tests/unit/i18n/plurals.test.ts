/*
 * Every message with a number, rendered for 0, 1, 2 and 5 in each language, agrees with it
 * ("1 élément", never "1 éléments"; "0 réunion" in French and Brazilian Portuguese, "0 meetings"
 * in English and Spanish), the form chosen by Intl.PluralRules (plural.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en.ts';
import { enMore } from '../../../src/lib/i18n/en-more.ts';
import { es } from '../../../src/lib/i18n/es.ts';
import { esMore } from '../../../src/lib/i18n/es-more.ts';
import { fr } from '../../../src/lib/i18n/fr.ts';
import { frMore } from '../../../src/lib/i18n/fr-more.ts';
import { useLanguage, type Language } from '../../../src/lib/i18n/index.ts';
import { t, type MoreMessageKey } from '../../../src/lib/i18n/more.ts';
import { pluralForms } from '../../../src/lib/i18n/plural.ts';
import { pt } from '../../../src/lib/i18n/pt.ts';
import { ptMore } from '../../../src/lib/i18n/pt-more.ts';

const TABLES: Record<Language, [Record<string, string>, Record<string, string>]> = {
  fr: [fr, frMore], en: [en, enMore], es: [es, esMore], pt: [pt, ptMore],
};
// Placeholders that hold a number (the others hold names, dates, texts...).
const NUMBERS = new Set(['count', 'n', 'max', 'min', 'total', 'done', 'shown', 'limit', 'hours', 'minutes', 'size', 'percent',
  'sections', 'resolutions', 'mandates', 'meetings', 'agendaItems', 'documents', 'milestones']);
// Only ever said for two days or more: 0 is "today" and 1 "tomorrow" (OverviewScreen, NextDeadline).
const TWO_OR_MORE = new Set(['overview.inDays']);
// Not counts: one form per ordinal category ("1st", "2nd", "3rd", "4th"), picked by
// Intl.PluralRules with type 'ordinal' (src/lib/history/change-lines.ts); tests/unit/history checks them.
const ORDINAL = /^history\.ordinal\./;
// CLDR's cardinal rules: French and (Brazilian) Portuguese put 0 with 1, English and Spanish with the plural.
const ZERO_IS_ONE: Record<Language, boolean> = { fr: true, pt: true, en: false, es: false };
// Words that end in s in the singular and may follow a number.
const SINGULAR_S = new Set(['más', 'mais', 'plus']);

const names = (pattern: string) => [...pattern.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]!);
const countMessages = (lang: Language) =>
  Object.entries({ ...TABLES[lang][0], ...TABLES[lang][1] })
    .filter(([key, pattern]) => !ORDINAL.test(key) && names(pattern).some((n) => NUMBERS.has(n)));
const render = (key: string, pattern: string, n: number) =>
  t(key as MoreMessageKey, Object.fromEntries(names(pattern).map((name) => [name, NUMBERS.has(name) ? n : 'X'])));
/** The message with its numbers put back to `n`, to compare the words around them. */
const words = (text: string, n: number) => text.replace(/\b[0-9]\b/g, String(n));

afterEach(() => useLanguage('fr', fr));

describe('count messages agree with their number', () => {
  for (const lang of Object.keys(TABLES) as Language[]) {
    it(`in ${lang}, for 0, 1, 2 and 5`, () => {
      useLanguage(lang, TABLES[lang][0] as typeof fr, lang === 'fr' ? undefined : TABLES[lang][1]);
      expect(new Intl.PluralRules(lang).select(0) === 'one').toBe(ZERO_IS_ONE[lang]);
      const messages = countMessages(lang);
      expect(messages.length).toBeGreaterThan(40);
      const problems: string[] = [];
      for (const [key, pattern] of messages) {
        const [zero, one, two, five] = [0, 1, 2, 5].map((n) => render(key, pattern, n));
        if (/\{|#/.test(`${zero}${one}${two}${five}`.replace(/X/g, ''))) problems.push(`${key}: unfilled ${five}`);
        if (TWO_OR_MORE.has(key)) continue;
        // After a lone 1, no plural word: "1 éléments", "1 items", "1 reuniones".
        for (const [, word] of one!.matchAll(/(?<![\d.,])1 (\p{L}+)/gu)) {
          if (/s$/u.test(word!) && !SINGULAR_S.has(word!)) problems.push(`${key}: “${one}”`);
        }
        // 2 always takes the plural form, like 5; 0 the form its language gives it.
        if (words(two!, 5) !== words(five!, 5)) problems.push(`${key}: “${two}” / “${five}”`);
        const zeroLike = ZERO_IS_ONE[lang] ? one! : five!;
        if (words(zero!, 9) !== words(zeroLike, 9)) problems.push(`${key}: “${zero}” / “${zeroLike}”`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('spells them out as the language does', () => {
    useLanguage('en', en, enMore);
    expect(t('search.count', { count: 1 })).toBe('1 result');
    expect(t('search.count', { count: 0 })).toBe('0 results');
    expect(t('preview.summary', { count: 12345 })).toBe('12,345 items added, changed or deleted.');
    useLanguage('fr', fr);
    expect(t('search.count', { count: 0 })).toBe('0 résultat');
    expect(t('preview.summary', { count: 1 })).toBe('1 élément ajouté, modifié ou supprimé.');
    expect(t('glossary.citedIn', { count: 2 })).toBe('Cité à 2 endroits :');
    useLanguage('es', es, esMore);
    expect(t('open.calendar', { count: 1, name: 'P' })).toBe('Calendario: 1 reunión que importar en el plan P.');
    useLanguage('pt', pt, ptMore);
    expect(t('calendar.monthOption', { month: 'maio', count: 1 })).toBe('maio (1 reunião)');
  });

  it('keeps the other placeholders a form holds ("{version}")', () => {
    const pattern = '{count, plural, one {# différence avec {version} :} other {# différences avec {version} :}}';
    expect(pluralForms(pattern, { count: 1, version: 'v' }, 'fr')).toBe('{count} différence avec {version} :');
    expect(pluralForms(pattern, { count: 3, version: 'v' }, 'fr')).toBe('{count} différences avec {version} :');
  });

  it('leaves a pattern without plural parts, or without the number, as it is', () => {
    expect(pluralForms('{count} x', { count: 1 }, 'fr')).toBe('{count} x');
    expect(pluralForms('{count, plural, one {# a} other {# b}}', {}, 'fr')).toBe('{count, plural, one {# a} other {# b}}');
    expect(pluralForms('{n, plural, one {# a} other {# b}}', { n: 1_000_000 }, 'fr')).toBe('{n} b');
  });
});
