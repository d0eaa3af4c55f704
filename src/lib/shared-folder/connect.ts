/*
 * Connecting a plan to a shared WebDAV folder: the address is checked, the folder asked for
 * the plan file (which also has the browser ask for the user's name and password when the
 * server wants them), and the connection kept only when the folder answered. A folder that
 * already holds this plan, exactly as it is here, is taken as the version both start from; one
 * that holds it otherwise has no known common version, and the first publishing merges the two
 * (what only one side has is kept, every field that differs is asked). A folder holding
 * another plan, or a file this app cannot read, is refused with nothing stored.
 */
import { BUNDLE_TABLES, recordsOf } from '../domain/bundle.ts';
import { mergePlans } from '../domain/plan-merge.ts';
import { unknownBase, type SharedConnection } from '../domain/shared-folder.ts';
import type { Id, PlanBundle } from '../domain/types.ts';
import { saveShared } from '../db/commands/shared-commands.ts';
import type { QuorumDatabase } from '../db/database.ts';
import { loadPlanBundle } from '../db/queries.ts';
import { lastPlanSeq } from '../plan-files/local-store.ts';
import { sitePaths } from '../publishing/site-paths.ts';
import { originAllowed } from './allowed-origin.ts';
import { bundleOf } from './publish-shared.ts';
import type { SharedProblem, WebDav } from './webdav.ts';

export type ConnectOutcome =
  | { ok: true; folder: string; holds: 'nothing' | 'same' | 'different' }
  | { ok: false; problem: SharedProblem | 'invalidAddress' | 'otherPlan' | 'unreadable' | 'notAllowed'; origin?: string };

/** The folder's absolute address, ending in "/", from what the user typed (relative to the app's page). */
export function folderAddress(input: string, pageUrl: string): string | undefined {
  const typed = input.trim();
  if (!typed || !URL.canParse(typed, pageUrl)) return undefined;
  const url = new URL(typed, pageUrl);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return undefined;
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** `policy`: the page's Content-Security-Policy, which must let it reach a folder on another origin. */
export async function connectShared(db: QuorumDatabase, planId: Id, input: string, pageUrl: string, webdav: WebDav, policy?: string): Promise<ConnectOutcome> {
  const folder = folderAddress(input, pageUrl);
  if (!folder) return { ok: false, problem: 'invalidAddress' };
  if (!originAllowed(folder, pageUrl, policy)) return { ok: false, problem: 'notAllowed', origin: new URL(folder).origin };
  const file = await webdav.read(new URL(sitePaths(planId).planFile, folder).href);
  if (!file.ok) return { ok: false, problem: file.problem };
  const [local, baseSeq] = await Promise.all([loadPlanBundle(db, planId), lastPlanSeq(db, planId)]);
  if (!local) return { ok: false, problem: 'notFound' };
  const connection: SharedConnection = { planId, folder, baseSeq };
  if ('missing' in file) {
    await saveShared(db, connection);
    return { ok: true, folder, holds: 'nothing' };
  }
  const remote = await bundleOf(file.text, planId);
  if (!remote.ok) return { ok: false, problem: remote.problem };
  const same = sameRecords(local, remote.bundle);
  await saveShared(db, same ? { ...connection, base: file.text, ...(file.etag ? { etag: file.etag } : {}) } : connection);
  return { ok: true, folder, holds: same ? 'same' : 'different' };
}

/** Whether two versions hold the same records with the same content (stamps and numbering aside). */
function sameRecords(a: PlanBundle, b: PlanBundle): boolean {
  if (mergePlans(unknownBase(a.plan.id), a, b).conflicts.length) return false;
  return BUNDLE_TABLES.every((table) => {
    const ids = (bundle: PlanBundle) => new Set(recordsOf(bundle, table).map((r) => r.id));
    const [x, y] = [ids(a), ids(b)];
    return x.size === y.size && [...x].every((id) => y.has(id));
  });
}
