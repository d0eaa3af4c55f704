/*
 * Writing a whole plan at once: making the stored plan match a target bundle, record by
 * record (create what is new, update what differs, remove what the target lacks), each write
 * with its history entry. Creating, duplicating, deleting and restoring a plan are all this.
 */
import { BUNDLE_TABLES, recordsOf } from '../../domain/bundle.ts';
import type { PlanBundle, RecordTable } from '../../domain/types.ts';
import type { CommandContext, Rows } from './context.ts';

/** Makes the stored plan `current` (undefined: none) become `target` (undefined: none). */
export async function syncPlan(ctx: CommandContext, current: PlanBundle | undefined, target: PlanBundle | undefined): Promise<void> {
  // The plan before what it owns when creating, after it when removing.
  const tables = target ? BUNDLE_TABLES : [...BUNDLE_TABLES].reverse();
  for (const table of tables) {
    const old = byId(current, table);
    const wanted = byId(target, table);
    for (const [id, record] of wanted) {
      const before = old.get(id);
      if (before) await ctx.update(table, before, record);
      else await ctx.create(table, record);
    }
    for (const [id, record] of old) if (!wanted.has(id)) await ctx.remove(table, record);
  }
}

function byId<K extends RecordTable>(bundle: PlanBundle | undefined, table: K): Map<string, Rows[K]> {
  const records = (bundle ? recordsOf(bundle, table) : []) as Rows[K][];
  return new Map(records.map((r) => [r.id, r]));
}
