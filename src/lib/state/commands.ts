/*
 * Every write the interface makes, bound once to the app's database: components call
 * `commands.recordOutcome(id, outcome)` and never hold the database themselves. The commands
 * (validation, one transaction, history) live in db/commands/; this only fixes their database.
 */
import * as planCommands from '../db/commands/index.ts';
import type { QuorumDatabase } from '../db/database.ts';
import { db } from '../db/db.ts';
import { recordIcalExport } from '../db/ical-exports.ts';
import { acknowledgeLostData } from '../db/lost-data.ts';
import { setSetting } from '../db/settings.ts';

type Bound<F> = F extends (db: QuorumDatabase, ...args: infer A) => infer R ? (...args: A) => R : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type DbFunction = (db: QuorumDatabase, ...args: any[]) => unknown;
type DbFunctions<T> = { [K in keyof T as T[K] extends DbFunction ? K : never]: T[K] };

/** `fns` with their first argument (the database) fixed to `database`. */
export function bindCommands<T extends object>(database: QuorumDatabase, fns: T): { [K in keyof DbFunctions<T>]: Bound<DbFunctions<T>[K]> } {
  const bound: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(fns) as [string, unknown][]) {
    if (typeof fn !== 'function' || /Error$/.test(name)) continue;
    const command = fn as (db: QuorumDatabase, ...args: unknown[]) => unknown;
    bound[name] = (...args: unknown[]) => command(database, ...args);
  }
  return bound as { [K in keyof DbFunctions<T>]: Bound<DbFunctions<T>[K]> };
}

export const commands = bindCommands(db, { ...planCommands, setSetting, recordIcalExport, acknowledgeLostData });
