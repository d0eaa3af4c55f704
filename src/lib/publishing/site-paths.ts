/*
 * Where each file of a published site lives, relative to the site's folder:
 *   index.json                          the plans on the site (site-index.ts)
 *   plans/<plan>/plan.quorum.json       the plan file
 *   plans/<plan>/calendar.ics           the calendar feed, every meeting
 *   plans/<plan>/meetings/<meeting>.ics one meeting
 * An id becomes a folder or file name as it is when it is made of letters, digits, `-` and
 * `_` only; any other id (a plan file may hold any id) becomes a hash of it, so no id can
 * climb out of the folder or collide with a name the site uses.
 */
import type { Id } from '../domain/types.ts';
import { stableHash } from '../plan-files/stable-hash.ts';

export const SITE_INDEX_PATH = 'index.json';

const SAFE = /^[A-Za-z0-9_-]{1,80}$/;

export function pathSegment(id: Id): string {
  return SAFE.test(id) ? id : `id-${stableHash(id)}`;
}

export function planFolder(planId: Id): string {
  return `plans/${pathSegment(planId)}`;
}

export const sitePaths = (planId: Id) => ({
  planFile: `${planFolder(planId)}/plan.quorum.json`,
  calendar: `${planFolder(planId)}/calendar.ics`,
  meeting: (meetingId: Id) => `${planFolder(planId)}/meetings/${pathSegment(meetingId)}.ics`,
});
