/*
 * The reference glossary compiled once for the screens that show plan text: which acronyms in
 * running text link to their glossary entry. Loaded with those screens, never with the first one.
 */
import { glossary } from '../../../data/glossary.ts';
import { findForms, termMatcher } from '../../domain/glossary-match.ts';
import type { TermSpan } from '../../domain/symbols.ts';

const matcher = termMatcher(glossary);

/** The glossary acronyms used in `text`. */
export function acronymsIn(text: string): TermSpan[] {
  return findForms(text, matcher);
}
