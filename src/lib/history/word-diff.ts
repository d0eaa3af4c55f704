/*
 * A word-level difference between two versions of a text, as the history shows it: what was
 * deleted, what was inserted, and only a few words of unchanged context around each change
 * (a long unchanged run becomes a gap, shown as "…"), so a one-word edit in a long paragraph
 * is visible at a glance. Whitespace counts as text, so the parts put back together give the
 * texts exactly (gaps aside).
 */
import { diffWordsWithSpace } from 'diff';

export type DiffPart = { op: 'same' | 'del' | 'ins'; text: string } | { op: 'gap' };

/** Words of unchanged context kept on each side of a change. */
const CONTEXT_WORDS = 6;

export function wordDiff(before: string, after: string, context = CONTEXT_WORDS): DiffPart[] {
  const runs = changeRuns(before, after);
  return runs.flatMap((run, i): DiffPart[] => {
    if (run.op !== 'same') return run.text ? [run] : [];
    return keepContext(run.text, i > 0, i < runs.length - 1, context);
  });
}

/**
 * The library's parts, with each stretch of changes as one deletion then one insertion: a
 * space left alone between two changed words belongs to both sides ("chaque année" →
 * "tous les deux ans", not four interleaved pieces).
 */
function changeRuns(before: string, after: string): { op: 'same' | 'del' | 'ins'; text: string }[] {
  const runs: { op: 'same' | 'del' | 'ins'; text: string }[] = [];
  let del = '';
  let ins = '';
  let pending = '';
  const flush = () => {
    // Spaces that end both sides are unchanged: they go to the text that follows.
    const space = /\s*$/.exec(del)![0];
    const common = space && ins.endsWith(space) ? space : '';
    if (del || ins) runs.push({ op: 'del', text: del.slice(0, del.length - common.length) }, { op: 'ins', text: ins.slice(0, ins.length - common.length) });
    pending = common + pending;
    del = ins = '';
  };
  for (const change of diffWordsWithSpace(before, after)) {
    if (change.removed || change.added) {
      if (del || ins) {
        del += pending;
        ins += pending;
      } else if (pending) runs.push({ op: 'same', text: pending });
      pending = '';
      if (change.removed) del += change.value;
      else ins += change.value;
    } else if (/^\s+$/.test(change.value) && (del || ins)) {
      pending += change.value;
    } else {
      flush();
      runs.push({ op: 'same', text: pending + change.value });
      pending = '';
    }
  }
  flush();
  if (pending) runs.push({ op: 'same', text: pending });
  return runs;
}

/** An unchanged run, cut to `context` words after the change before it and before the next one. */
function keepContext(text: string, afterChange: boolean, beforeChange: boolean, context: number): DiffPart[] {
  // Words with the spaces that follow them: joining the pieces gives back the text.
  const words = text.match(/\s*\S+\s*|\s+/g) ?? [];
  if (!afterChange && !beforeChange) return [{ op: 'same', text }];
  const head = afterChange ? context : 0;
  const tail = beforeChange ? context : 0;
  if (words.length <= head + tail + 1) return [{ op: 'same', text }];
  const parts: DiffPart[] = [];
  if (head) parts.push({ op: 'same', text: words.slice(0, head).join('') });
  parts.push({ op: 'gap' });
  if (tail) parts.push({ op: 'same', text: words.slice(-tail).join('') });
  return parts;
}
