/*
 * What changed among a section's paragraphs (they live inside the section record, so each
 * paragraph command is logged as a new list): a paragraph moved (same paragraphs, one in
 * another place), a paragraph's text changed (as a word difference), added or deleted.
 */
import type { Paragraph } from '../domain/types.ts';
import { t } from '../i18n/index.ts';
import { movedText, textLines, type ChangeLine } from './change-lines.ts';

export function paragraphLines(before: readonly Paragraph[], after: readonly Paragraph[]): ChangeLine[] {
  const move = movedParagraph(before, after);
  if (move) return [{ kind: 'move', label: t('history.paragraph', { n: move.from + 1 }), text: movedText(move.from, move.to) }];
  const old = new Map(before.map((p) => [p.id, p]));
  const kept = new Set(after.map((p) => p.id));
  const lines: ChangeLine[] = [];
  for (const [i, p] of after.entries()) {
    const label = t('history.paragraph', { n: i + 1 });
    const was = old.get(p.id);
    if (!was) lines.push({ kind: 'content', label: t('history.paragraphAdded', { n: i + 1 }), text: p.text.text, op: 'ins' });
    else lines.push(...textLines(label, was.text, p.text));
  }
  for (const [i, p] of before.entries()) {
    if (!kept.has(p.id)) lines.push({ kind: 'content', label: t('history.paragraphDeleted', { n: i + 1 }), text: p.text.text, op: 'del' });
  }
  return lines;
}

/**
 * The one paragraph that changed place when the lists hold the same paragraphs, unchanged,
 * and taking that one out of both leaves them in the same order. Of two swapped neighbours
 * either reading is true; the one that went up is named.
 */
function movedParagraph(before: readonly Paragraph[], after: readonly Paragraph[]): { from: number; to: number } | undefined {
  if (before.length !== after.length || before.every((p, i) => p.id === after[i]!.id)) return undefined;
  const now = new Map(after.map((p, i) => [p.id, { p, i }]));
  if (!before.every((p) => now.get(p.id) && JSON.stringify(now.get(p.id)!.p) === JSON.stringify(p))) return undefined;
  let found: { from: number; to: number } | undefined;
  for (const [from, p] of before.entries()) {
    const to = now.get(p.id)!.i;
    if (to === from || !sameWithout(before, after, p.id)) continue;
    if (!found || to < from) found = { from, to };
  }
  return found;
}

function sameWithout(a: readonly Paragraph[], b: readonly Paragraph[], id: string): boolean {
  const x = a.filter((p) => p.id !== id);
  const y = b.filter((p) => p.id !== id);
  return x.every((p, i) => p.id === y[i]!.id);
}
