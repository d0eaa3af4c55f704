/*
 * Moving a record among its siblings (agenda items of a meeting, mandates of a resolution,
 * sections under one parent): the list is reordered, then every record whose `order` changed
 * is renumbered 0, 1, 2... so orders stay dense and unique.
 */
import type { Id } from '../../domain/types.ts';
import type { CommandContext, Rows } from './context.ts';

/** One step up or down, or to an index (clamped to the list). */
export type MoveTo = 'up' | 'down' | number;

export function moveInList<T extends { id: Id }>(items: readonly T[], id: Id, to: MoveTo): T[] {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return [...items];
  const wanted = to === 'up' ? from - 1 : to === 'down' ? from + 1 : to;
  const target = Math.min(Math.max(Math.trunc(wanted), 0), items.length - 1);
  const list = [...items];
  const [moved] = list.splice(from, 1);
  list.splice(target, 0, moved!);
  return list;
}

type Ordered = 'sections' | 'resolutions' | 'mandates' | 'agendaItems';

/** Gives each record its index in `items` as `order`, writing only those that change. */
export async function renumber<K extends Ordered>(ctx: CommandContext, table: K, items: readonly Rows[K][]): Promise<void> {
  for (const [order, item] of items.entries()) {
    if (item.order !== order) await ctx.update(table, item, { ...item, order });
  }
}
