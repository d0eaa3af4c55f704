/*
 * The order of sibling records (a meeting's agenda items, a resolution's mandates...) after a
 * three-way merge. Orders are dense (0, 1, 2...), so moving one item renumbers its neighbours:
 * comparing `order` field by field would see every neighbour as changed on both sides. Instead
 * each side's list is compared with the base's: the items a side kept in their relative order
 * (the longest common subsequence) stayed put, the others it moved (or brought into the
 * list). The result starts from the remote order and places each item the local side moved
 * after the item it follows there. An item both sides moved to different places is a conflict.
 */
import type { Id } from './types.ts';

export type SideOrder = { base: readonly Id[]; local: readonly Id[]; remote: readonly Id[] };

/** The items `side` moved relative to `base`, or brought in: those outside a longest common subsequence. */
export function movedItems(base: readonly Id[], side: readonly Id[]): Set<Id> {
  const inBase = new Set(base);
  const inSide = new Set(side);
  const a = base.filter((id) => inSide.has(id));
  const b = side.filter((id) => inBase.has(id));
  const kept = longestCommonSubsequence(a, b);
  return new Set(side.filter((id) => !kept.has(id)));
}

/** The ids of a longest common subsequence of two lists of the same ids (a permutation of each other). */
function longestCommonSubsequence(a: readonly Id[], b: readonly Id[]): Set<Id> {
  if (a.length === b.length && a.every((id, i) => id === b[i])) return new Set(a);
  // Same items in both: the LCS is the longest increasing run of a's positions in b's order
  // (patience sorting, n log n), not the quadratic table.
  const position = new Map(a.map((id, i) => [id, i]));
  const ranks = b.map((id) => position.get(id)!);
  const tails: number[] = [];
  const tailAt: number[] = [];
  const previous: number[] = new Array<number>(ranks.length).fill(-1);
  for (const [i, rank] of ranks.entries()) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tails[mid]! < rank) low = mid + 1;
      else high = mid;
    }
    tails[low] = rank;
    tailAt[low] = i;
    previous[i] = low > 0 ? tailAt[low - 1]! : -1;
  }
  const kept = new Set<Id>();
  for (let i = tails.length ? tailAt[tails.length - 1]! : -1; i >= 0; i = previous[i]!) kept.add(b[i]!);
  return kept;
}

/** The item before `id` in `list` (null when first), for telling whether two sides placed it alike. */
function predecessor(list: readonly Id[], id: Id): Id | null {
  const i = list.indexOf(id);
  return i > 0 ? list[i - 1]! : null;
}

/** Items both sides moved, each to a different place (after a different item). */
export function orderConflicts(order: SideOrder): Id[] {
  const byLocal = movedItems(order.base, order.local);
  const byRemote = movedItems(order.base, order.remote);
  return [...byLocal].filter((id) => byRemote.has(id) && predecessor(order.local, id) !== predecessor(order.remote, id));
}

/**
 * The merged order of `members` (the records that belong to this list after the merge).
 * `localWins(id)` says, for an item both sides moved to different places, whether the local
 * place is kept.
 */
export function mergeOrder(order: SideOrder, members: ReadonlySet<Id>, localWins: (id: Id) => boolean): Id[] {
  const byLocal = movedItems(order.base, order.local);
  const byRemote = movedItems(order.base, order.remote);
  const conflicted = new Set(orderConflicts(order));
  const list = order.remote.filter((id) => members.has(id));
  for (const [i, id] of order.local.entries()) {
    if (!members.has(id) || !byLocal.has(id)) continue;
    // Both moved it alike, or the remote place was chosen: the remote list has it right.
    if (byRemote.has(id) && (!conflicted.has(id) || !localWins(id))) continue;
    const at = list.indexOf(id);
    if (at >= 0) list.splice(at, 1);
    const after = order.local
      .slice(0, i)
      .reverse()
      .find((other) => list.includes(other));
    list.splice(after === undefined ? 0 : list.indexOf(after) + 1, 0, id);
  }
  // Members neither side lists here (none when the sides agree on where records belong), in base order.
  const placed = new Set(list);
  const rest = [...members].filter((id) => !placed.has(id));
  const basePlace = new Map(order.base.map((id, i) => [id, i]));
  rest.sort((a, b) => (basePlace.get(a) ?? Infinity) - (basePlace.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
  return [...list, ...rest];
}
