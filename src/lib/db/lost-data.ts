/*
 * Noticing that the data this device had is gone. The database keeps an instance id in `meta`
 * ("instance", made once when it is first opened), and the marker outside IndexedDB
 * (data-marker.ts) mirrors it with the last change and the last backup. At start, a marker
 * whose id the database does not have means the database was deleted under the app (eviction,
 * "clear site data") and re-created empty: if the lost one held changes, the user is told,
 * and the marker is left as it was until they acknowledge it, so a reload still tells them.
 * A first visit has no marker; deleting a plan in the app keeps the instance: neither fires.
 * Loaded on demand at start (boot.ts), so it costs the first screen nothing.
 */
import Dexie from 'dexie';
import type { Instant } from '../domain/types.ts';
import { randomId } from './commands/ids.ts';
import { readMarker, writeMarker, type DataMarker } from './data-marker.ts';
import type { QuorumDatabase } from './database.ts';

export const INSTANCE_KEY = 'instance';

type Instance = { id: string; createdAt: Instant };

/** What the marker knew of the deleted data. */
export type LostData = Pick<DataMarker, 'lastChangeAt' | 'lastBackup'>;

/** A loss found at start and not yet acknowledged: the marker must keep describing it. */
let unacknowledged = false;

/** The database's instance, made (once, across tabs: one read-write transaction) if it has none. */
async function ensureInstance(db: QuorumDatabase, now: Date): Promise<Instance> {
  return db.transaction('rw', db.meta, async () => {
    const found = (await db.meta.get(INSTANCE_KEY))?.value as Partial<Instance> | undefined;
    if (typeof found?.id === 'string') return found as Instance;
    const made: Instance = { id: randomId(), createdAt: now.toISOString() };
    await db.meta.add({ key: INSTANCE_KEY, value: made });
    return made;
  });
}

/**
 * At start, once the database is open (and seeded): what was lost (undefined: nothing; the
 * marker is then renewed), and from then on the marker follows this database's changes.
 */
export async function checkForLostData(db: QuorumDatabase, now = new Date()): Promise<LostData | undefined> {
  const marker = await readMarker();
  const instance = await ensureInstance(db, now);
  const replaced = marker !== undefined && marker.instanceId !== instance.id;
  unacknowledged = replaced && marker.lastChangeAt !== undefined;
  followChanges(db, instance.id);
  if (unacknowledged) return { lastChangeAt: marker!.lastChangeAt, lastBackup: marker!.lastBackup };
  await renewMarker(db, instance, replaced ? { lastBackup: marker.lastBackup } : marker, now);
  return undefined;
}

/** The user has read about the loss: the marker now describes the database as it is. */
export async function acknowledgeLostData(db: QuorumDatabase, now = new Date()): Promise<void> {
  unacknowledged = false;
  const marker = await readMarker();
  await renewMarker(db, await ensureInstance(db, now), { lastBackup: marker?.lastBackup }, now);
}

/** Notes a backup file just written (share-flow.ts, after recordBackup). */
export async function noteBackupInMarker(fileName: string, at: Date): Promise<void> {
  const marker = await readMarker();
  if (!marker || unacknowledged) return;
  await writeMarker({ ...marker, lastBackup: { at: at.toISOString(), fileName }, writtenAt: at.toISOString() });
}

/** The subscription of followChanges: one at a time, for the instance this start checked. */
let following: (() => void) | undefined;

/**
 * Keeps the marker's last change current: every command writes history, so a write to the
 * history table (in this tab or another) is a change; its time is the history entry's.
 * Returns the function that stops it.
 */
function followChanges(db: QuorumDatabase, instanceId: string): () => void {
  following?.();
  const historyPart = `idb://${db.name}/history/`;
  const onChange = (parts: Record<string, unknown>) => {
    if (unacknowledged || !Object.keys(parts).some((part) => part.startsWith(historyPart))) return;
    void noteChange(db, instanceId).catch(() => undefined);
  };
  Dexie.on('storagemutated', onChange);
  following = () => Dexie.on('storagemutated').unsubscribe(onChange);
  return following;
}

async function noteChange(db: QuorumDatabase, instanceId: string): Promise<void> {
  const marker = await readMarker();
  if (marker?.instanceId !== instanceId || unacknowledged) return;
  const lastChangeAt = await lastChange(db, marker);
  if (lastChangeAt && lastChangeAt !== marker.lastChangeAt) await writeMarker({ ...marker, lastChangeAt, writtenAt: new Date().toISOString() });
}

/** The later of the marker's last change and the database's last history entry. */
async function lastChange(db: QuorumDatabase, previous: Partial<DataMarker> | undefined): Promise<Instant | undefined> {
  const lastEntry = (await db.history.toCollection().last())?.at;
  return [previous?.lastChangeAt, lastEntry]
    .filter((at): at is Instant => typeof at === 'string')
    .sort()
    .pop();
}

/** Writes the marker for `instance`, its last change the later of `previous`'s and the database's last history entry. */
async function renewMarker(db: QuorumDatabase, instance: Instance, previous: Partial<DataMarker> | undefined, now: Date): Promise<void> {
  const lastChangeAt = await lastChange(db, previous);
  await writeMarker({
    instanceId: instance.id,
    ...(lastChangeAt ? { lastChangeAt } : {}),
    ...(previous?.lastBackup ? { lastBackup: previous.lastBackup } : {}),
    writtenAt: now.toISOString(),
  });
}
