/*
 * Where each file of a published site lives, relative to the site's folder:
 *   index.json                          the plans on the site (site-index.ts)
 *   plans/<plan>/plan.quorum.json       the plan file
 *   plans/<plan>/calendar.ics           the calendar feed, every meeting
 *   plans/<plan>/meetings/<meeting>.ics one meeting
 * An id becomes a folder or file name as it is when it is made of letters, digits, `-` and
 * `_` only; any other id (a plan file may hold any id) becomes a hash of it, so no id can
 * climb out of the folder or collide with a name the site uses. A meeting's id loses its
 * plan's prefix ("mispa-iii/wg-2011-09-15" gives wg-2011-09-15.ics), unless two would then
 * share a name.
 */
import type { Id } from '../domain/types.ts';
import { stableHash } from '../plan-files/stable-hash.ts';

export const SITE_INDEX_PATH = 'index.json';

const SAFE = /^[A-Za-z0-9_-]{1,80}$/;

export function pathSegment(id: Id): string {
  return SAFE.test(id) ? id : `id-${stableHash(id)}`;
}

function planFolder(planId: Id): string {
  return `plans/${pathSegment(planId)}`;
}

export const sitePaths = (planId: Id) => ({
  planFile: `${planFolder(planId)}/plan.quorum.json`,
  calendar: `${planFolder(planId)}/calendar.ics`,
});

/** The path of each meeting's own .ics, by meeting id. */
export function meetingPaths(planId: Id, meetingIds: readonly Id[]): Map<Id, string> {
  const prefix = `${planId}/`;
  const short = (id: Id) => pathSegment(id.startsWith(prefix) ? id.slice(prefix.length) : id);
  const uses = new Map<string, number>();
  for (const id of meetingIds) uses.set(short(id), (uses.get(short(id)) ?? 0) + 1);
  const name = (id: Id) => (uses.get(short(id)) === 1 ? short(id) : `id-${stableHash(id)}`);
  return new Map(meetingIds.map((id) => [id, `${planFolder(planId)}/meetings/${name(id)}.ics`]));
}
