/*
 * Plan files as the interface runs them. The transfer module (valibot and the file checks) is
 * a separate chunk, loaded on first use and precached for offline; the calendar reader (ical.js)
 * runs in its own worker (ics-off-thread.ts): nothing here pulls them into the screen's chunk.
 *   - export: build the file, hand it to the share sheet or a download, then note the backup
 *     (not when the user cancelled the share sheet), in the database and in the data marker;
 *   - open: a Blob (file picker, drop, "Open with", a fetched link) to a PlanFile ready for
 *     the preview, or the list of what is wrong with it; .ics files become the current plan
 *     with the calendar's meetings merged in;
 *   - preview and apply.
 */
import { setCurrentPlan } from '../db/commands/index.ts';
import { db } from '../db/db.ts';
import { noteBackupInMarker } from '../db/lost-data.ts';
import { sameValue } from '../domain/equal.ts';
import { monthOf } from '../domain/dates.ts';
import type { Id, PlanBundle } from '../domain/types.ts';
import { href } from '../routing/routes.ts';
import { handOffJson, type HandOffResult } from '../plan-files/hand-off.ts';
import type { ImportChoices, ImportPreview, ImportSummary, OnProgress, PlanFile } from '../plan-files/index.ts';
import type { MeetingWarning } from '../ical/ics-import.ts';
import type { FileProblem } from '../plan-files/problems.ts';

let transferModule: Promise<typeof import('../plan-files/index.ts')> | undefined;

/** Starts loading the transfer module, so a later tap finds it ready (sharing needs a fresh tap). */
export function loadTransfer() {
  transferModule ??= import('../plan-files/index.ts');
  return transferModule;
}

export type ExportOutcome = { result: HandOffResult; fileName: string; historyLeftOut: number };

export async function exportPlanFile(planIds: readonly Id[] | 'all', history: boolean, now = new Date(), onProgress?: OnProgress): Promise<ExportOutcome> {
  const transfer = await loadTransfer();
  const out = await transfer.exportPlans(db, planIds, now, { history }, onProgress);
  const result = await handOffJson(out.text, out.fileName);
  if (result !== 'cancelled') {
    await transfer.recordBackup(db, out.planIds, now);
    // Outside IndexedDB too: if the browser deletes the database, this names the file to restore.
    await noteBackupInMarker(out.fileName, now);
  }
  return { result, fileName: out.fileName, historyLeftOut: out.historyLeftOut };
}

/** A file read and checked: for a calendar, which meetings it brings into which plan. */
export type OpenedFile =
  | {
      ok: true;
      name: string;
      file: PlanFile;
      calendar?: { planId: Id; planName: string; meetingIds: Id[]; skipped: FileProblem[]; warnings: MeetingWarning[] };
    }
  | { ok: false; name: string; problems: FileProblem[] };

/** A calendar, by its name, its media type or its first line. */
export async function isCalendar(blob: Blob, name: string): Promise<boolean> {
  if (/\.(ics|ical|ifb|icalendar)$/i.test(name) || /^text\/calendar\b/i.test(blob.type)) return true;
  if (/\.json$/i.test(name)) return false;
  try {
    return /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(await blob.slice(0, 64).text());
  } catch {
    return false;
  }
}

/** Reads `blob`: a plan file, or a calendar whose meetings go into `target`. Writes nothing. */
export async function openBlob(blob: Blob, name: string, target: PlanBundle, now = new Date(), onProgress?: OnProgress): Promise<OpenedFile> {
  if (await isCalendar(blob, name)) {
    const { readIcsFileOffThread } = await import('../ical/ics-off-thread.ts');
    const read = await readIcsFileOffThread(blob, target, now, onProgress);
    if (!read.ok) return { ok: false, name, problems: read.problems };
    const calendar = {
      planId: target.plan.id,
      planName: target.plan.shortTitle.text,
      meetingIds: read.meetingIds,
      skipped: read.skipped,
      warnings: read.warnings,
    };
    return { ok: true, name, file: read.file, calendar };
  }
  const { readPlanFileOffThread } = await loadTransfer();
  const read = await readPlanFileOffThread(blob, onProgress);
  return read.ok ? { ok: true, name, file: read.file } : { ok: false, name, problems: read.problems };
}

export async function previewFile(file: PlanFile, onProgress?: OnProgress): Promise<ImportPreview> {
  return (await loadTransfer()).previewImport(db, file, onProgress);
}

/** The problems that made the import refuse the file, or undefined for any other failure. */
export function refusal(error: unknown): FileProblem[] | undefined {
  return (error as { name?: unknown } | null)?.name === 'ImportRefusedError' ? (error as { problems: FileProblem[] }).problems : undefined;
}

/** Whether the import refused because a plan changed here after the preview (it can be made again). */
export function previewOutdated(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'PreviewOutdatedError';
}

/** Applies the file in one transaction, then shows the first plan it wrote. */
export async function applyFile(file: PlanFile, choices: ImportChoices, now = new Date(), onProgress?: OnProgress): Promise<ImportSummary> {
  const summary = await (await loadTransfer()).applyImport(db, file, choices, now, onProgress);
  const first = summary.plans[0];
  if (first) await setCurrentPlan(db, first.planId);
  return summary;
}

/**
 * Where the user lands once a file is imported: a calendar's meetings on the calendar, at the
 * month of the first meeting it adds or changes (of its first meeting when it changes none);
 * a plan file on the plan.
 */
export function landingHash(opened: Extract<OpenedFile, { ok: true }>, target: PlanBundle): string {
  if (!opened.calendar) return href({ name: 'plan' });
  const before = new Map(target.meetings.map((m) => [m.id, m]));
  const ids = new Set(opened.calendar.meetingIds);
  const brought = opened.file.plans[0]?.bundle.meetings.filter((m) => ids.has(m.id)) ?? [];
  const changed = brought.filter((m) => !sameValue(m, before.get(m.id)));
  const first = (changed.length ? changed : brought).map((m) => m.startDate).sort()[0];
  return href(first ? { name: 'calendar', month: monthOf(first) } : { name: 'calendar' });
}
