/*
 * Count messages in the ICU MessageFormat form: `{count, plural, one {# réunion} other {# réunions}}`
 * becomes the form `Intl.PluralRules` picks for the number in the language, `#` standing for
 * the number; `=1 {demain}` matches one number exactly, before any category; `selectordinal`
 * picks ordinal forms ("1st", "2nd", "3rd", "4th"). A category a message does not write reads
 * as other: French puts 0 and 1 in "one" ("0 réunion", "1 réunion"), English, Spanish and
 * Portuguese only 1, and the "many" of French, Spanish and Portuguese (a million) is other.
 * The number is then written like every number in messages (fillLocal in index.ts).
 */
// Each form may hold other placeholders ("{version}"), not another plural.
const FORM = String.raw`(=\d+|zero|one|two|few|many|other) \{((?:[^{}]|\{\w+\})*)\}`;
const PLURAL = new RegExp(String.raw`\{(\w+), (plural|selectordinal),((?: ${FORM})+)\}`, 'g');
const rules = new Map<string, Intl.PluralRules>();

function rule(lang: string, type: Intl.PluralRuleType): Intl.PluralRules {
  const id = `${lang} ${type}`;
  let found = rules.get(id);
  if (!found) rules.set(id, (found = new Intl.PluralRules(lang, { type })));
  return found;
}

/** `pattern` with each plural part replaced by its form for the number in `params` (a `{name}` placeholder). */
export function pluralForms(pattern: string, params: Record<string, string | number>, lang: string): string {
  if (!pattern.includes(', plural, ') && !pattern.includes(', selectordinal, ')) return pattern;
  return pattern.replace(PLURAL, (whole, name: string, type: string, list: string) => {
    const n = params[name];
    if (typeof n !== 'number') return whole;
    const forms = new Map([...list.matchAll(new RegExp(FORM, 'g'))].map((m) => [m[1]!, m[2]!]));
    const category = rule(lang, type === 'plural' ? 'cardinal' : 'ordinal').select(n);
    const form = forms.get(`=${n}`) ?? forms.get(category) ?? forms.get('other') ?? whole;
    return form.replaceAll('#', `{${name}}`);
  });
}
