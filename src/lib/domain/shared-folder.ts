/*
 * A plan connected to a shared WebDAV folder (several organisers, one plan): the device keeps,
 * per plan, the folder's address, the ETag of the plan file as it last read or wrote it, and
 * that file's text, the version every later merge starts from (plan-merge.ts), with the
 * history sequence at that moment: the changes made here after it are "waiting to publish".
 * Kept in `meta` under "shared:<planId>", never in the plan or a plan file.
 */
import { planOnly } from './bundle.ts';
import type { Id, Instant, Plan, PlanBundle } from './types.ts';

export type SharedConnection = {
  planId: Id;
  /** The folder's absolute address, ending in "/": the plan's site is written under it. */
  folder: string;
  /** The plan file's ETag as last read or written; none until the file is known. */
  etag?: string;
  /** The plan file's text at that ETag: the base of the next merge. */
  base?: string;
  /** The plan's last history sequence when `base` was written from this device (or taken as its state). */
  baseSeq: number;
  /** What each other file of the site held when last written (path → hash): unchanged ones are not sent again. */
  files?: Record<string, string>;
  publishedAt?: Instant;
  /** A publish was asked for and waits for the network (or a failure to clear). */
  queued?: boolean;
  /** Who publishes from this device, and the app's address for the feed's links: what a publish that waited needs. */
  publisher?: string;
  appBaseUrl?: string;
  /**
   * The plan file a publish that found no network prepared, for the service worker to send
   * when the network is back (Background Sync, public/shared-sync.js): its address, text, the
   * condition (If-Match, else If-None-Match: *) and the history sequence it holds.
   */
  outbox?: { url: string; body: string; ifMatch?: string; seq: number };
  /** The last failure, as the interface says it (shared-folder/webdav.ts's SharedProblem). */
  problem?: { code: string; status?: number; at: Instant };
};

export function sharedKey(planId: Id): string {
  return `shared:${planId}`;
}

/**
 * The base of a merge when no version both sides started from is known (a folder that already
 * held the plan when this device connected): the plan with nothing in it, so what both sides
 * hold alike merges, what only one side has is kept, and every field that differs is asked.
 */
export function unknownBase(planId: Id): PlanBundle {
  return planOnly({ id: planId } as Plan);
}
