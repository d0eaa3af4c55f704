/*
 * ical-generator calls crypto.randomUUID() for every event, even when the UID is given. That
 * function exists only in secure contexts (https, localhost); an app opened over plain http on
 * a local network would fail to export. This fills it in from crypto.getRandomValues, which
 * every context has. Imported for its effect by ./index.ts before ical-generator runs.
 */
export function randomUuid(): `${string}-${string}-${string}-${string}-${string}` {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

if (typeof crypto !== 'undefined' && typeof crypto.randomUUID !== 'function') {
  Object.defineProperty(crypto, 'randomUUID', { value: randomUuid, configurable: true });
}
