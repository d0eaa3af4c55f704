/*
 * The lines the history is made of, and the words for the two kinds that need more than a
 * value: a place in a list ("moves up from 3rd to 2nd place", ordinals by the language's
 * rules) and a text, short as before → after, long as a word-level difference.
 */
import type { LocalizedText } from '../domain/types.ts';
import { showValue } from '../i18n/change-labels.ts';
import { t } from '../i18n/index.ts';
import { languageName } from '../i18n/format.ts';
import { wordDiff, type DiffPart } from './word-diff.ts';

export type ChangeLine =
  | { kind: 'value'; label: string; before: string; after: string }
  | { kind: 'text'; label: string; parts: DiffPart[] }
  | { kind: 'content'; label: string; text: string; op: 'ins' | 'del' }
  | { kind: 'move'; label: string; text: string };

/** Texts longer than this are shown as a word-level difference rather than whole. */
const LONG_TEXT = 60;

/** "Moves up from 3rd to 2nd place": `order` counts from 0, places from 1. */
export function movedText(from: number, to: number): string {
  const params = { from: ordinal(from + 1), to: ordinal(to + 1) };
  return to < from ? t('history.movedUp', params) : t('history.movedDown', params);
}

function ordinal(n: number): string {
  return t('history.ordinal', { n });
}

/** A text's change (its own text, then each translation that changed), short as before → after, long as a word difference. */
export function textLines(label: string, old: LocalizedText | undefined, now: LocalizedText | undefined): ChangeLine[] {
  const lines: ChangeLine[] = [];
  if ((old?.text ?? '') !== (now?.text ?? '')) lines.push(textLine(label, old?.text ?? '', now?.text ?? ''));
  const langs = new Set([...Object.keys(old?.translations ?? {}), ...Object.keys(now?.translations ?? {})]);
  for (const lang of [...langs].sort()) {
    const a = old?.translations?.[lang] ?? '';
    const b = now?.translations?.[lang] ?? '';
    if (a !== b) lines.push(textLine(t('history.translationOf', { field: label, language: languageName(lang) }), a, b));
  }
  return lines;
}

function textLine(label: string, before: string, after: string): ChangeLine {
  if (before.length <= LONG_TEXT && after.length <= LONG_TEXT) {
    return { kind: 'value', label, before: showValue(before), after: showValue(after) };
  }
  return { kind: 'text', label, parts: wordDiff(before, after) };
}
