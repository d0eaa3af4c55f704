/*
 * Count messages: `{count, plural, one {# réunion} other {# réunions}}` (the ICU MessageFormat
 * form, one and other only) becomes the form `Intl.PluralRules` picks for the number in the
 * language, `#` standing for the number. French puts 0 and 1 in "one" ("0 réunion", "1 réunion"),
 * English, Spanish and Portuguese only 1; the "many" of French, Spanish and Portuguese (a million)
 * reads as other. The number is then written like every number in messages (fillLocal).
 */
// Each form may hold other placeholders ("{version}"), not another plural.
const PLURAL = /\{(\w+), plural, one \{((?:[^{}]|\{\w+\})*)\} other \{((?:[^{}]|\{\w+\})*)\}\}/g;
const rules = new Map<string, Intl.PluralRules>();

/** `pattern` with each plural part replaced by its form for the number in `params` (a `{name}` placeholder). */
export function pluralForms(pattern: string, params: Record<string, string | number>, lang: string): string {
  if (!pattern.includes(', plural, ')) return pattern;
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  const select = rule;
  return pattern.replace(PLURAL, (whole, name: string, one: string, other: string) => {
    const n = params[name];
    if (typeof n !== 'number') return whole;
    return (select.select(n) === 'one' ? one : other).replaceAll('#', `{${name}}`);
  });
}
