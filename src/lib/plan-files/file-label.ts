/** A label made safe for a file name: letters, digits, `.`, `_`, `-`, at most 80 characters; `fallback` when nothing is left. */
export function fileLabel(label: string, fallback: string): string {
  const clean = label
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return clean || fallback;
}
