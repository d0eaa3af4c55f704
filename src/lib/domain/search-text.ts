/*
 * Text folding for search. The rule, applied to the text searched and to the query alike:
 * each character is decomposed (NFD), its combining marks are dropped, it is lower-cased,
 * œ/æ/ß are spelled out, and anything that is not a letter or a digit (’ ' / . , ( ) - …)
 * becomes a space; runs of spaces become one. So "AG/RES. 2692 (XLI-O/11)" reads
 * "ag res 2692 xli o 11" and the query "ag/res 2692" reads "ag res 2692".
 * Folding can change lengths (NFD, "İ", "œ"), so `foldWithMap` also says which original
 * characters each folded one comes from, for highlighting in the original text.
 */
const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPELLED: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ς: 'σ' };
const TO_SPELL = /[œæßς]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** The folded form of one character (a code point): letters and digits, or a space. */
function foldChar(ch: string): string {
  const base = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
  let out = '';
  for (const c of base) out += SPELLED[c] ?? (WORD_CHAR.test(c) ? c : ' ');
  return out;
}

export type FoldedText = {
  /** The folded text, with no leading, trailing or repeated spaces. */
  folded: string;
  /** For each folded UTF-16 unit, the [start, end) of the original character it comes from. */
  starts: number[];
  ends: number[];
};

export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const ch of text) {
    const end = at + ch.length;
    const chars = foldChar(ch);
    // A lone combining mark (text already decomposed) belongs to the letter before it.
    if (chars === '' && ends.at(-1) === at) ends[ends.length - 1] = end;
    for (const c of chars) {
      const space = c === ' ';
      if (space && (folded === '' || folded.endsWith(' '))) continue;
      folded += c;
      starts.push(at);
      ends.push(end);
    }
    at = end;
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { folded, starts, ends };
}

/**
 * Accent-, case- and punctuation-insensitive form of `text` (see the rule above). Same result
 * as `foldWithMap(text).folded`, done on the whole string at once: it runs on every record.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(TO_SPELL, (c) => SPELLED[c] ?? c)
    .replace(NON_WORD, ' ')
    .trim();
}

export type Range = { start: number; end: number };
export type MarkedSegment = { text: string; mark: boolean };

/** Cuts `text` into plain and marked runs along sorted, non-overlapping `ranges`. */
export function markSegments(text: string, ranges: readonly Range[]): MarkedSegment[] {
  const segments: MarkedSegment[] = [];
  let from = 0;
  for (const { start, end } of ranges) {
    if (start > from) segments.push({ text: text.slice(from, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    from = end;
  }
  if (from < text.length) segments.push({ text: text.slice(from), mark: false });
  return segments;
}

/** Sorts ranges and merges those that overlap or touch. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * The marked runs of a window of `text` around its first range (at most about `size`
 * characters, cut at spaces, with "…" where text was left out), so a match deep in a long
 * paragraph is still seen.
 */
export function markedExcerpt(text: string, ranges: readonly Range[], size = 220): MarkedSegment[] {
  if (text.length <= size) return markSegments(text, ranges);
  const first = ranges[0]?.start ?? 0;
  let from = Math.max(0, first - Math.floor(size / 4));
  if (from > 0) from = text.lastIndexOf(' ', from) + 1;
  let to = Math.min(text.length, from + size);
  if (to < text.length) to = Math.max(text.lastIndexOf(' ', to), Math.min(ranges[0]?.end ?? 0, text.length));
  const inside = ranges.filter((r) => r.end > from && r.start < to).map((r) => ({ start: Math.max(r.start, from) - from, end: Math.min(r.end, to) - from }));
  const segments = markSegments(text.slice(from, to), inside);
  if (from > 0) segments.unshift({ text: '…', mark: false });
  if (to < text.length) segments.push({ text: '…', mark: false });
  return segments;
}
