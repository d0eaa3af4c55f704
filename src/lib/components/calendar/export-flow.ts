/*
 * The calendar export as the interface runs it: load the iCalendar module (a separate chunk,
 * fetched on first use and precached for offline), build the file in the interface language
 * without holding the main thread (it is built in slices, reporting progress), hand it to the
 * share sheet or a download, then remember what was exported (not when the user cancelled
 * the share).
 */
import { classifyStorageError } from '../../db/storage-errors.ts';
import { commands } from '../../state/commands.ts';
import type { Meeting, PlanBundle } from '../../domain/types.ts';
import { locale } from '../../i18n/index.ts';
import type { HandOffResult, ReminderChoice } from '../../ical/index.ts';
import type { Status } from './ExportStatus.svelte';

let icalModule: Promise<typeof import('../../ical/index.ts')> | undefined;

/** Starts loading the iCalendar module, so a later tap finds it ready (share needs a fresh tap). */
export function preloadIcal() {
  icalModule ??= import('../../ical/index.ts');
  return icalModule;
}

/** The app's own address (for the events' URL), when it is served over http(s). */
function appBaseUrl(): string | undefined {
  return location.protocol.startsWith('http') ? `${location.origin}${location.pathname}` : undefined;
}

export type ExportOutcome = { result: HandOffResult; fileName: string };
/** How many of the meetings are written so far (told only for exports long enough to pause). */
export type ExportProgress = (done: number, total: number) => void;

/** The .ics text of `meetings` in the interface language, and its file name. */
export async function calendarFile(
  bundle: PlanBundle,
  meetings: Meeting[],
  reminder: ReminderChoice,
  onProgress?: ExportProgress,
): Promise<{ text: string; fileName: string }> {
  const ical = await preloadIcal();
  const words = ical.icalWordsFor(locale);
  const text = await ical.buildCalendarInSlices(
    { plan: bundle.plan, meetings, agendaItems: bundle.agendaItems, reminder, appBaseUrl: appBaseUrl(), words },
    (done) => onProgress?.(done, meetings.length),
  );
  // One meeting: named after its date; several: "<label>-<today>".
  const label = meetings.length === 1 && meetings[0] ? meetings[0].startDate : `${words.calendarFileLabel}-${new Date().toISOString().slice(0, 10)}`;
  return { text, fileName: ical.icsFileName(bundle.plan.shortTitle.text, label) };
}

export async function exportMeetings(bundle: PlanBundle, meetings: Meeting[], reminder: ReminderChoice, onProgress?: ExportProgress): Promise<ExportOutcome> {
  const { text, fileName } = await calendarFile(bundle, meetings, reminder, onProgress);
  const ical = await preloadIcal();
  const result = await ical.handOffIcs(text, fileName);
  if (result !== 'cancelled') await commands.recordIcalExport(bundle.plan.id, meetings, bundle.agendaItems);
  return { result, fileName };
}

/** The status after a failed export: a full disk gets the same plain message as every write. */
export function failedStatus(error: unknown): Status {
  if (classifyStorageError(error) === 'quota') return { kind: 'full' };
  return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
}
