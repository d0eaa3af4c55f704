/*
 * Every message with a number, rendered for 0, 1, 2 and 5 in each language, agrees with it
 * ("1 élément", never "1 éléments"; "0 réunion" in French and Brazilian Portuguese, "0 meetings"
 * in English and Spanish), the form chosen by Intl.PluralRules (plural.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage, t, type Language, type MessageKey } from '../../../src/lib/i18n/index.ts';
import { pluralForms } from '../../../src/lib/i18n/plural.ts';
import { messagesIn } from './catalogs.ts';

const LANGUAGES: Language[] = ['fr', 'en', 'es', 'pt'];
// Placeholders that hold a number (the others hold names, dates, texts...).
const NUMBERS = new Set([
  'count',
  'n',
  'max',
  'min',
  'total',
  'done',
  'shown',
  'limit',
  'hours',
  'minutes',
  'size',
  'percent',
  'sections',
  'resolutions',
  'mandates',
  'meetings',
  'agendaItems',
  'documents',
  'milestones',
  'marks',
  'notes',
]);
// Never said for 0 days ("today" is another message) and 1 is its own form, "tomorrow" (OverviewScreen, NextDeadline).
const TWO_OR_MORE = new Set(['overview.inDays']);
// Not counts: one form per ordinal category ("1st", "2nd", "3rd", "4th"), picked by
// Intl.PluralRules with type 'ordinal' (selectordinal); tests/unit/history checks them.
const ORDINAL = /^history\.ordinal$/;
// CLDR's cardinal rules: French and (Brazilian) Portuguese put 0 with 1, English and Spanish with the plural.
const ZERO_IS_ONE: Record<Language, boolean> = { fr: true, pt: true, en: false, es: false };
// Words that end in s in the singular and may follow a number.
const SINGULAR_S = new Set(['más', 'mais', 'plus']);

const names = (pattern: string) => [...pattern.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]!);
const countMessages = (lang: Language) =>
  Object.entries(messagesIn(lang)).filter(([key, pattern]) => !ORDINAL.test(key) && names(pattern).some((n) => NUMBERS.has(n)));
const render = (key: string, pattern: string, n: number) =>
  t(key as MessageKey, Object.fromEntries(names(pattern).map((name) => [name, NUMBERS.has(name) ? n : 'X'])));
/** The message with its numbers put back to `n`, to compare the words around them. */
const words = (text: string, n: number) => text.replace(/\b[0-9]\b/g, String(n));

afterEach(() => setLanguage('fr'));

describe('count messages agree with their number', () => {
  for (const lang of LANGUAGES) {
    it(`in ${lang}, for 0, 1, 2 and 5`, async () => {
      await setLanguage(lang);
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

  it('spells them out as the language does', async () => {
    await setLanguage('en');
    expect(t('search.count', { count: 1 })).toBe('1 result');
    expect(t('search.count', { count: 0 })).toBe('0 results');
    expect(t('preview.summary', { count: 12345 })).toBe('12,345 items added, changed or deleted.');
    await setLanguage('fr');
    expect(t('search.count', { count: 0 })).toBe('0 résultat');
    expect(t('preview.summary', { count: 1 })).toBe('1 élément ajouté, modifié ou supprimé.');
    expect(t('glossary.citedIn', { count: 2 })).toBe('Cité à 2 endroits :');
    await setLanguage('es');
    expect(t('open.calendar', { count: 1, name: 'P' })).toBe('Calendario: 1 reunión que importar en el plan P.');
    await setLanguage('pt');
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

  it('picks an exact number before its category, and ordinal forms with selectordinal', () => {
    const days = '{count, plural, =1 {demain} other {dans # jours}}';
    expect(pluralForms(days, { count: 1 }, 'fr')).toBe('demain');
    expect(pluralForms(days, { count: 0 }, 'fr')).toBe('dans {count} jours');
    const place = '{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}';
    expect([1, 2, 3, 4, 11, 22].map((n) => pluralForms(place, { n }, 'en'))).toEqual(['{n}st', '{n}nd', '{n}rd', '{n}th', '{n}th', '{n}nd']);
    expect(pluralForms('{n, selectordinal, one {#re} other {#e}}', { n: 1 }, 'fr')).toBe('{n}re');
    expect(pluralForms('{n, selectordinal, other {#.º}}', { n: 1 }, 'es')).toBe('{n}.º');
  });
});
