/*
 * Following a published plan: the device keeps, per plan, where its file is published, the
 * HTTP validators of the copy it last saw (so an unchanged plan costs one small 304), when it
 * last checked, the version it holds, whether updates apply by themselves, and an update found
 * but not applied yet. Failures (offline, a server error) are quiet: the next check waits
 * longer each time, up to an hour, and the copy on the device stays as it is.
 */
import type { Id, Instant } from './types.ts';

export type FollowRecord = {
  planId: Id;
  /** The plan file's absolute address, on the app's own origin. */
  url: string;
  etag?: string;
  lastModified?: string;
  /** Last check the server answered (200 or 304). */
  checkedAt?: Instant;
  /** The version of the plan (its latest change) this device holds from that address. */
  asOf?: Instant;
  /** Apply an update without asking (when it conflicts with nothing here). */
  auto: boolean;
  /** Keep the texts of the plan's documents on the device, fetching new or changed ones with each update. */
  keepDocuments?: true;
  /** Checks failed in a row, and when to try again. */
  failures: number;
  retryAt?: Instant;
  /** An update found and not applied: the file's version, how many records it changes, and whether it is not verified (domain/trust.ts). */
  pending?: { version: Instant; changes: number; unverified?: true };
};

/** How often a followed plan is checked while the app is open. */
export const CHECK_EVERY_MS = 15 * 60_000;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 60 * 60_000;

export function followKey(planId: Id): string {
  return `follow:${planId}`;
}

/** When to try again after `failures` failed checks in a row: 1, 2, 4… minutes, at most an hour. */
export function retryAfter(failures: number, now: Date): Instant {
  const wait = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
  return new Date(now.getTime() + wait).toISOString();
}

/** Whether a check is due: never checked, past its retry time after a failure, or last checked `everyMs` ago. */
export function checkDue(record: FollowRecord, now: Date, everyMs = CHECK_EVERY_MS): boolean {
  if (record.retryAt) return Date.parse(record.retryAt) <= now.getTime();
  if (!record.checkedAt) return true;
  return now.getTime() - Date.parse(record.checkedAt) >= everyMs;
}
