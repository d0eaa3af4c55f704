/*
 * Writing plan files: one plan or every plan, as one JSON document in the current format,
 * for sending to delegates (the records only) or for a backup (with their change history).
 * The text is indented: people open these files, compare two of them line by line, and
 * e-mail or zip compresses the indentation away. A file is never written larger than
 * readPlanFile accepts: the oldest history is left out first, and a plan too large even
 * without history is refused (ExportTooLargeError) rather than exported unreadable.
 */
import { fileLabel } from './file-label.ts';
import { todayIn } from '../domain/dates.ts';
import type { HistoryEntry, Id } from '../domain/types.ts';
import type { QuorumDatabase } from '../db/database.ts';
import { listPlans, loadPlanBundle } from '../db/queries.ts';
import { FORMAT_NAME, FORMAT_VERSION, type PlanFile, type PlanFileEntry } from './format.ts';
import { MAX_FILE_BYTES, MAX_HISTORY_ENTRIES } from './limits.ts';
import { planHistory } from './backup-store.ts';
import { planFileText } from './file-text.ts';
import type { OnProgress } from './progress.ts';

export { backupKey, backupStatus, recordBackup, type BackupStatus } from './backup-store.ts';

const APP_NAME = 'Quorum';
const PLAN_FILE_EXTENSION = '.quorum.json';
export const PLAN_FILE_TYPE = 'application/json';

export type ExportOptions = {
  /** Include each plan's change history (for a backup). Default: false. */
  history?: boolean;
  /** How to reach the sender: http(s), mailto: or tel: link. */
  contact?: string;
};

export type ExportResult = {
  text: string;
  fileName: string;
  /** The plans written, for recordBackup. */
  planIds: Id[];
  /** Oldest history entries left out to stay under MAX_FILE_BYTES (0 when none). */
  historyLeftOut: number;
};

export class ExportTooLargeError extends Error {
  override name = 'ExportTooLargeError';
  constructor(readonly bytes: number) {
    super(`The plan file would be ${bytes} bytes, over the ${MAX_FILE_BYTES} bytes a file may have`);
  }
}

export async function exportPlans(
  db: QuorumDatabase,
  planIds: readonly Id[] | 'all',
  now: Date,
  options: ExportOptions = {},
  onProgress?: OnProgress,
): Promise<ExportResult> {
  onProgress?.({ step: 'reading' });
  const entries = await db.transaction('r', [db.plans, ...db.planTables, db.history], async () => {
    const ids = planIds === 'all' ? (await listPlans(db)).map((p) => p.id) : planIds;
    return Promise.all(ids.map((id) => planEntry(db, id, options.history === true)));
  });
  const header = { format: FORMAT_NAME, version: FORMAT_VERSION, exportedAt: now.toISOString(), app: APP_NAME } as const;
  const file: PlanFile = { ...header, ...(options.contact ? { contact: options.contact } : {}), plans: entries };
  const { text, historyLeftOut } = await fitting(file, onProgress);
  const single = entries.length === 1 ? entries[0]!.bundle.plan.shortTitle.text : APP_NAME;
  return { text, fileName: planFileName(single, now), planIds: entries.map((e) => e.bundle.plan.id), historyLeftOut };
}

async function planEntry(db: QuorumDatabase, planId: Id, withHistory: boolean): Promise<PlanFileEntry> {
  const bundle = await loadPlanBundle(db, planId);
  if (!bundle) throw new RangeError(`exportPlans: no plan ${planId}`);
  if (!withHistory) return { bundle };
  const history = (await planHistory(db, planId, 0).toArray()).map(({ seq: _local, ...entry }): HistoryEntry => entry);
  return { bundle, history: history.slice(-MAX_HISTORY_ENTRIES) };
}

/** The file's text, leaving out the oldest half of each history until it fits. */
async function fitting(file: PlanFile, onProgress?: OnProgress): Promise<{ text: string; historyLeftOut: number }> {
  const total = countHistory(file);
  let current = file;
  for (;;) {
    const { text, bytes } = await planFileText(current, onProgress);
    if (bytes <= MAX_FILE_BYTES) return { text, historyLeftOut: total - countHistory(current) };
    if (countHistory(current) === 0) throw new ExportTooLargeError(bytes);
    current = { ...current, plans: current.plans.map((p) => (p.history ? { ...p, history: p.history.slice(Math.ceil(p.history.length / 2)) } : p)) };
  }
}

function countHistory(file: PlanFile): number {
  return file.plans.reduce((n, p) => n + (p.history?.length ?? 0), 0);
}

/** "MISPA-III-2026-11-29.quorum.json": the day in the device's zone; letters, digits, `.`, `_`, `-`. */
export function planFileName(label: string, now: Date, extension = PLAN_FILE_EXTENSION): string {
  const day = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, now);
  return `${fileLabel(label, APP_NAME)}-${day}${extension}`;
}
