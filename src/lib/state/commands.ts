/*
 * Every write the interface makes, bound once to the app's database: components call
 * `commands.recordOutcome(id, outcome)` and never hold the database themselves. The commands
 * (validation, one transaction, history) live in db/commands/; this only fixes their database.
 * A command waits for start-up to have opened it (state/database.ts): the first screen is
 * shown, and may be tapped, before that.
 */
import * as planCommands from '../db/commands/index.ts';
import type { QuorumDatabase } from '../db/database.ts';
import { recordIcalExport } from '../db/ical-exports.ts';
import { acknowledgeLostData } from '../db/lost-data.ts';
import { setSetting } from '../db/settings.ts';
import { database } from './database.ts';

type Bound<F> = F extends (db: QuorumDatabase, ...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type DbFunction = (db: QuorumDatabase, ...args: any[]) => unknown;
type DbFunctions<T> = { [K in keyof T as T[K] extends DbFunction ? K : never]: T[K] };

/** `fns` with their first argument fixed to the database `open()` gives. */
export function bindCommands<T extends object>(open: () => Promise<QuorumDatabase>, fns: T): { [K in keyof DbFunctions<T>]: Bound<DbFunctions<T>[K]> } {
  const bound: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(fns) as [string, unknown][]) {
    if (typeof fn !== 'function' || /Error$/.test(name)) continue;
    const command = fn as (db: QuorumDatabase, ...args: unknown[]) => unknown;
    bound[name] = async (...args: unknown[]) => command(await open(), ...args);
  }
  return bound as { [K in keyof DbFunctions<T>]: Bound<DbFunctions<T>[K]> };
}

export const commands = bindCommands(async () => (await database()).db, { ...planCommands, setSetting, recordIcalExport, acknowledgeLostData });
