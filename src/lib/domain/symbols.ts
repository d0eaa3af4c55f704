/*
 * Finds document symbols (e.g. "AG/RES. 2692 (XLI-O/11)") inside running text, so screens can
 * turn them into links to the document's page without ever rendering text as markup; and the
 * acronyms of the glossary, which become links to their glossary entry.
 */
export type TextSegment = { text: string; symbol?: string; term?: string };

/** Splits `text` into plain runs and runs that are exactly one of `symbols` (longest first). */
export function splitBySymbols(text: string, symbols: readonly string[]): TextSegment[] {
  const wanted = [...new Set(symbols)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [{ text }];
  const pattern = new RegExp(wanted.map(escapeRegExp).join('|'), 'g');
  const segments: TextSegment[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > from) segments.push({ text: text.slice(from, match.index) });
    segments.push({ text: match[0], symbol: match[0] });
    from = match.index + match[0].length;
  }
  if (from < text.length) segments.push({ text: text.slice(from) });
  return segments;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A stretch of text that is a use of a glossary term (an acronym), by the term's id. */
export type TermSpan = { start: number; end: number; termId: string };

/**
 * Cuts the plain runs of `segments` further around the glossary terms `find` reports in each
 * (document symbols stay whole: "CP/RES. 934" is a symbol, not the acronym CP).
 */
export function splitByTerms(segments: readonly TextSegment[], find: (text: string) => readonly TermSpan[]): TextSegment[] {
  const out: TextSegment[] = [];
  for (const segment of segments) {
    if (segment.symbol !== undefined) {
      out.push(segment);
      continue;
    }
    let from = 0;
    for (const { start, end, termId } of find(segment.text)) {
      if (start < from) continue;
      if (start > from) out.push({ text: segment.text.slice(from, start) });
      out.push({ text: segment.text.slice(start, end), term: termId });
      from = end;
    }
    if (from < segment.text.length) out.push({ text: segment.text.slice(from) });
  }
  return out;
}
