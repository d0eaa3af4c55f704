/*
 * Finds document symbols (e.g. "AG/RES. 2692 (XLI-O/11)") inside running text, so screens can
 * turn them into links to the document's page without ever rendering text as markup.
 */
export type TextSegment = { text: string; symbol?: string };

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
