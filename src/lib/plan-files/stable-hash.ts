/*
 * A short, stable hash of a text, for ids derived from outside data (an event's UID): the
 * same input always gives the same id, on any device, so importing again updates instead of
 * duplicating. Not for security: FNV-1a, twice with two offsets, 16 hex digits.
 */
export function stableHash(text: string): string {
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01000193 ^ 0x5bd1e995);
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
