/*
 * Ids for new records: "<planId>/<kind>-<uuid>", readable in the database and unique across
 * plans and devices. crypto.randomUUID exists only in secure contexts (https, localhost), so a
 * page served over plain http on a local network falls back to getRandomValues.
 */
import type { Id } from '../../domain/types.ts';

export function newId(planId: Id, kind: string): Id {
  return `${planId}/${kind}-${randomId()}`;
}

export function newPlanId(): Id {
  return `plan-${randomId()}`;
}

/** A random version 4 UUID. */
export function randomId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
