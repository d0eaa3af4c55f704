/*
 * Finds glossary terms in running text: acronyms ("CSH", "MISPA-III") whole-word and
 * case-sensitive, and full names ("Secrétariat à la sécurité multidimensionnelle") whole-word
 * ignoring accents, case and punctuation (the search folding, see search-text.ts). An acronym
 * next to "/" or "-" is part of something else ("CP/RES. 934", "MISPA-II/doc.8/09"), not a use.
 */
import { foldWithMap, normalize } from './search-text.ts';

export type GlossaryTerm = {
  /** Stable key, also the glossary screen's anchor ("csh"). */
  id: string;
  /** The acronym as written, in any language. */
  forms: readonly string[];
  /** The acronym also takes a Roman number: "MISPA-III" is a use of "MISPA". */
  numbered?: boolean;
  /** Full names as a text may write them. */
  names: readonly string[];
};

export type TermMatch = { start: number; end: number; termId: string; by: 'form' | 'name' };

/** Terms compiled once: one regular expression for every acronym, the names folded. */
export type TermMatcher = {
  forms: RegExp | undefined;
  /** The term of each capturing group of `forms`, in order. */
  groups: string[];
  names: { folded: string; termId: string }[];
};

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLengthDesc = (a: string, b: string) => b.length - a.length;

export function termMatcher(terms: readonly GlossaryTerm[]): TermMatcher {
  const withForms = terms.filter((t) => t.forms.length > 0);
  const alternatives = withForms.map((t) => {
    const forms = [...t.forms].sort(byLengthDesc).map(escapeRegExp).join('|');
    return `(${forms})${t.numbered ? '(?:-[IVXLC]+)?' : ''}`;
  });
  const forms = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}/-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}/-])`, 'gu') : undefined;
  const names = terms.flatMap((t) => t.names.map((name) => ({ folded: normalize(name), termId: t.id })));
  return { forms, groups: withForms.map((t) => t.id), names: names.filter((n) => n.folded).sort((a, b) => byLengthDesc(a.folded, b.folded)) };
}

/** Every acronym of `matcher` in `text`, in text order. */
export function findForms(text: string, matcher: TermMatcher): TermMatch[] {
  if (!matcher.forms) return [];
  const found: TermMatch[] = [];
  for (const m of text.matchAll(matcher.forms)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    found.push({ start: m.index, end: m.index + m[0].length, termId: matcher.groups[group]!, by: 'form' });
  }
  return found;
}

/** Every full name of `matcher` in `text` (longest first where two overlap), in text order. */
export function findNames(text: string, matcher: TermMatcher): TermMatch[] {
  if (matcher.names.length === 0) return [];
  const { folded, starts, ends } = foldWithMap(text);
  const found: TermMatch[] = [];
  const taken = (from: number, to: number) => found.some((f) => f.start < to && from < f.end);
  for (const { folded: name, termId } of matcher.names) {
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      const end = at + name.length;
      const whole = (at === 0 || folded[at - 1] === ' ') && (end === folded.length || folded[end] === ' ');
      if (!whole) continue;
      const match: TermMatch = { start: starts[at]!, end: ends[end - 1]!, termId, by: 'name' };
      if (!taken(match.start, match.end)) found.push(match);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when the name matched at `name` is followed by its acronym in brackets: "… Amériques (MISPA-III)". */
export function spellsOut(text: string, name: TermMatch, matcher: TermMatcher): boolean {
  const bracket = /^\s*\(\s*/.exec(text.slice(name.end));
  if (!bracket) return false;
  const at = name.end + bracket[0].length;
  return findForms(text, matcher).some((f) => f.start === at && f.termId === name.termId);
}
