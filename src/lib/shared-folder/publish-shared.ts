/*
 * Publishing a plan to its shared WebDAV folder, never over another organiser's work:
 *   1. build the plan's site (publishing/build-site.ts) from the plan as it is here;
 *   2. PUT the plan file with `If-Match: <ETag last read>`, or `If-None-Match: *` when the
 *      folder is not known to hold it yet (making the site's folders on a 409);
 *   3. on 412 (someone published first): GET the new file, merge three ways (the version both
 *      started from, this device's, the folder's: domain/plan-merge.ts); without conflicts the
 *      merged plan is written here (one undoable batch) and the cycle starts again from 2 with
 *      the new ETag; with conflicts, the organiser chooses (`settleConflicts`), then the same;
 *   4. once the plan file is in, the calendar feed, the meetings' .ics and the site index
 *      follow (index last), each only when its bytes changed since this device last wrote it.
 * The plan file is the only one guarded by a validator: the others are made from it, so the
 * last organiser to publish writes the ones that match the file in the folder. Any failure
 * leaves the plan here as it was, and is kept on the connection for the screen to say.
 */
import { mergePlans, type MergeConflict, type MergeSide, type PlanMerge } from '../domain/plan-merge.ts';
import { unknownBase, type SharedConnection } from '../domain/shared-folder.ts';
import type { Id, PlanBundle } from '../domain/types.ts';
import { PlanChangedError, sharedOf, updateShared, writeMerged } from '../db/commands/shared-commands.ts';
import type { QuorumDatabase } from '../db/database.ts';
import { loadPlanBundle } from '../db/queries.ts';
import { heldBytes } from '../documents/held-bytes.ts';
import { lastPlanSeq } from '../plan-files/local-store.ts';
import { readPlanFile } from '../plan-files/read-file.ts';
import { stableHash } from '../plan-files/stable-hash.ts';
import type { FileSigner } from '../plan-files/signature.ts';
import { buildSite, type SiteFile } from '../publishing/build-site.ts';
import { readSiteIndex, type SiteIndex } from '../publishing/site-index.ts';
import { SITE_INDEX_PATH, sitePaths } from '../publishing/site-paths.ts';
import { WebDav, type SharedProblem } from './webdav.ts';

export type PublishOptions = {
  webdav: WebDav;
  app: string;
  appBaseUrl?: string;
  signer?: FileSigner;
  now?: () => Date;
};

/** A merge that needs the organiser: the conflicts, and what resolving them needs. */
export type PendingMerge = {
  planId: Id;
  conflicts: MergeConflict[];
  /** The three versions, for the screen to name records and show values. */
  base: PlanBundle;
  local: PlanBundle;
  remote: PlanBundle;
  merge: PlanMerge;
  localSeq: number;
  remoteFile: { text: string; etag?: string };
};

export type SharedOutcome =
  | { kind: 'published'; merged: boolean; files: number }
  | { kind: 'conflicts'; pending: PendingMerge }
  | { kind: 'failed'; problem: SharedProblem | 'otherPlan' | 'unreadable' | 'notConnected' | 'badIndex'; status?: number };

/** How many times a cycle may meet a 412 (someone publishing meanwhile) before it gives up for now. */
const ATTEMPTS = 4;
const JSON_TYPE = 'application/json';
const decoder = new TextDecoder();

export async function publishShared(db: QuorumDatabase, planId: Id, options: PublishOptions): Promise<SharedOutcome> {
  let merged = false;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const step = await publishOnce(db, planId, options);
    if (step.kind === 'again') continue;
    if (step.kind !== 'remote') return step.kind === 'published' ? { ...step, merged } : step;
    // Someone published first: merge their file in, then try again with its ETag.
    const merge = await mergeRemote(db, planId, step.file);
    if (merge.kind === 'conflicts') await updateShared(db, planId, (c) => ({ ...c, problem: { code: 'conflicts', at: new Date().toISOString() } }));
    if (merge.kind !== 'merged') return merge;
    merged = true;
  }
  return fail(db, planId, 'changed');
}

/** Resolves the conflicts of `pending` with `choices`, writes the result here, and publishes again. */
export async function settleConflicts(
  db: QuorumDatabase,
  pending: PendingMerge,
  choices: ReadonlyMap<string, MergeSide>,
  options: PublishOptions,
): Promise<SharedOutcome> {
  try {
    await writeMerged(db, pending.planId, pending.merge.resolve(choices), pending.localSeq, pending.remoteFile, options.now?.());
  } catch (error) {
    // Edited here meanwhile: the next cycle meets the 412 again and merges from the plan as it is now.
    if (!(error instanceof PlanChangedError)) throw error;
  }
  const outcome = await publishShared(db, pending.planId, options);
  return outcome.kind === 'published' ? { ...outcome, merged: true } : outcome;
}

type Step =
  | Exclude<SharedOutcome, { kind: 'published' }>
  | { kind: 'published'; files: number }
  /** Someone published first: their file, to merge. */
  | { kind: 'remote'; file: { text: string; etag?: string } }
  /** The file went from the folder since it was read: try again, creating it. */
  | { kind: 'again' };

async function publishOnce(db: QuorumDatabase, planId: Id, options: PublishOptions): Promise<Step> {
  const connection = await sharedOf(db, planId);
  if (!connection) return { kind: 'failed', problem: 'notConnected' };
  const [local, localSeq] = await Promise.all([loadPlanBundle(db, planId), lastPlanSeq(db, planId)]);
  if (!local) return { kind: 'failed', problem: 'notConnected' };
  const { webdav } = options;
  const clock = options.now ?? (() => new Date());
  const at = (path: string) => new URL(path, connection.folder).href;
  const index = await webdav.read(at(SITE_INDEX_PATH));
  // No network: the plan file is still made, for the service worker to send later.
  const offline = !index.ok && index.problem === 'offline';
  if (!index.ok && !offline) return fail(db, planId, index.problem, index.status);
  let previous: SiteIndex | undefined;
  if (index.ok && !('missing' in index)) {
    const read = readSiteIndex(index.text);
    if (!read.ok) return fail(db, planId, 'badIndex');
    previous = read.index;
  }
  const planPath = sitePaths(planId).planFile;
  const { files } = await buildSite({
    bundles: [local],
    app: options.app,
    now: clock(),
    ...(previous ? { previous } : {}),
    ...(options.appBaseUrl ? { appBaseUrl: options.appBaseUrl } : {}),
    ...(options.signer ? { signer: options.signer } : {}),
    // A signed file kept as it is when this device's signature over the same plan is already there.
    existing: (path) => Promise.resolve(path === planPath ? connection.base : undefined),
    documentBytes: (hash) => heldBytes(db, hash),
  });
  const planFile = files.find((f) => f.path === planPath)!;
  const text = decoder.decode(planFile.bytes);
  const condition = connection.etag ? { ifMatch: connection.etag } : { ifNoneMatch: '*' as const };
  let put: Awaited<ReturnType<WebDav['write']>> = offline
    ? { ok: false, problem: 'offline' }
    : await webdav.write(at(planPath), planFile.bytes, JSON_TYPE, condition);
  if (!put.ok && put.problem === 'conflict') {
    const made = await makeFolders(webdav, connection.folder, files);
    if (!made.ok) return fail(db, planId, made.problem, made.status);
    put = await webdav.write(at(planPath), planFile.bytes, JSON_TYPE, condition);
  }
  if (!put.ok && put.problem === 'changed') {
    const remote = await webdav.read(at(planPath));
    if (!remote.ok) return fail(db, planId, remote.problem, remote.status);
    // Gone from the folder since (If-Match on no file): written anew, still never over another's.
    if ('missing' in remote) {
      await updateShared(db, planId, ({ etag: _gone, ...rest }) => rest);
      return { kind: 'again' };
    }
    return { kind: 'remote', file: remote };
  }
  if (!put.ok && put.problem === 'offline') {
    // Ready for the service worker to send once the network is back, as it is (Background Sync).
    const outbox = { url: at(planPath), body: text, seq: localSeq, ...(connection.etag ? { ifMatch: connection.etag } : {}) };
    await updateShared(db, planId, (c) => ({ ...c, outbox }));
  }
  if (!put.ok) return fail(db, planId, put.problem, put.status);
  // The plan file is in: from here on, the plan is published even if a derived file fails.
  const written = { ...(connection.files ?? {}) };
  let problem: { status?: number } | undefined;
  const rest = [...files.filter((f) => f.path !== planPath && f.path !== SITE_INDEX_PATH), ...files.filter((f) => f.path === SITE_INDEX_PATH)];
  for (const file of rest) {
    // A document is named by its hash: once written, it is that file for good.
    const hash = file.named ? 'named' : stableHash(decoder.decode(file.bytes));
    if (written[file.path] === hash && file.path !== SITE_INDEX_PATH) continue;
    let out = await webdav.write(at(file.path), file.bytes, file.type);
    // A folder the site did not have yet (the documents', a first meeting's): made, then written again.
    if (!out.ok && out.problem === 'conflict' && (await makeFolders(webdav, connection.folder, [file])).ok)
      out = await webdav.write(at(file.path), file.bytes, file.type);
    if (!out.ok) {
      problem = out.status ? { status: out.status } : {};
      break;
    }
    written[file.path] = hash;
  }
  const now = clock().toISOString();
  await updateShared(db, planId, (c) => {
    const { queued: _q, problem: _p, etag: _e, outbox: _o, ...kept } = c;
    return {
      ...kept,
      ...(put.etag ? { etag: put.etag } : {}),
      base: text,
      baseSeq: localSeq,
      files: written,
      publishedAt: now,
      // A derived file not written: the plan is out, and the next publishing writes the rest.
      ...(problem ? { queued: true, problem: { code: 'derived', ...(problem.status ? { status: problem.status } : {}), at: now } } : {}),
    } satisfies SharedConnection;
  });
  return { kind: 'published', files: files.length };
}

/** Merges the folder's file into the plan here; `merged` when it was written without a question. */
async function mergeRemote(
  db: QuorumDatabase,
  planId: Id,
  file: { text: string; etag?: string },
): Promise<{ kind: 'merged' } | Exclude<SharedOutcome, { kind: 'published' }>> {
  const connection = await sharedOf(db, planId);
  const [local, localSeq] = await Promise.all([loadPlanBundle(db, planId), lastPlanSeq(db, planId)]);
  if (!connection || !local) return { kind: 'failed', problem: 'notConnected' };
  const remote = await bundleOf(file.text, planId);
  if (!remote.ok) return fail(db, planId, remote.problem);
  const base = connection.base !== undefined ? await bundleOf(connection.base, planId) : undefined;
  const baseBundle = base?.ok ? base.bundle : unknownBase(planId);
  const merge = mergePlans(baseBundle, local, remote.bundle);
  const pending: PendingMerge = { planId, conflicts: merge.conflicts, base: baseBundle, local, remote: remote.bundle, merge, localSeq, remoteFile: file };
  if (merge.conflicts.length) return { kind: 'conflicts', pending };
  try {
    await writeMerged(db, planId, merge.resolve(new Map()), localSeq, file);
  } catch (error) {
    if (error instanceof PlanChangedError) return { kind: 'merged' };
    throw error;
  }
  return { kind: 'merged' };
}

/** The one plan of a plan file's text, when it is this plan's. */
export async function bundleOf(text: string, planId: Id): Promise<{ ok: true; bundle: PlanBundle } | { ok: false; problem: 'otherPlan' | 'unreadable' }> {
  const read = await readPlanFile(text);
  if (!read.ok) return { ok: false, problem: 'unreadable' };
  const plans = read.file.plans;
  if (plans.length !== 1 || plans[0]!.bundle.plan.id !== planId) return { ok: false, problem: 'otherPlan' };
  return { ok: true, bundle: plans[0]!.bundle };
}

/** The folders the site's files go into, parents first. */
async function makeFolders(webdav: WebDav, root: string, files: readonly SiteFile[]) {
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.path.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) folders.add(`${parts.slice(0, i).join('/')}/`);
  }
  for (const folder of [...folders].sort((a, b) => a.length - b.length)) {
    const made = await webdav.makeFolder(new URL(folder, root).href);
    if (!made.ok) return made;
  }
  return { ok: true as const };
}

async function fail(
  db: QuorumDatabase,
  planId: Id,
  problem: Exclude<Extract<SharedOutcome, { kind: 'failed' }>['problem'], 'notConnected'>,
  status?: number,
): Promise<Extract<SharedOutcome, { kind: 'failed' }>> {
  const at = new Date().toISOString();
  await updateShared(db, planId, (c) => ({
    ...c,
    queued: problem === 'offline' ? true : (c.queued ?? false),
    problem: { code: problem, ...(status ? { status } : {}), at },
  }));
  return { kind: 'failed', problem, ...(status ? { status } : {}) };
}
