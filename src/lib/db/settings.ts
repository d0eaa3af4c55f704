/*
 * Small user preferences kept in the `meta` table (so they live with the data, offline):
 * the reminder chosen for calendar exports.
 */
import type { QuorumDatabase } from './database.ts';

export type Settings = { icalReminder: 'none' | '15m' | '1h' | '1d' };
const DEFAULTS: Settings = { icalReminder: 'none' };

export async function getSetting<K extends keyof Settings>(db: QuorumDatabase, key: K): Promise<Settings[K]> {
  const entry = await db.meta.get(`setting:${key}`);
  return (entry?.value as Settings[K] | undefined) ?? DEFAULTS[key];
}

export async function setSetting<K extends keyof Settings>(db: QuorumDatabase, key: K, value: Settings[K]): Promise<void> {
  await db.meta.put({ key: `setting:${key}`, value });
}
