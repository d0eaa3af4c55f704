/*
 * The calendar export as the interface runs it: load the iCalendar module (a separate chunk,
 * fetched on first use and precached for offline), build the file, hand it to the share sheet
 * or a download, then remember what was exported (not when the user cancelled the share).
 */
import { db } from '../../db/db.ts';
import { recordIcalExport } from '../../db/ical-exports.ts';
import type { Meeting, PlanBundle } from '../../domain/types.ts';
import type { HandOffResult, ReminderChoice } from '../../ical/index.ts';

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

export async function exportMeetings(
  bundle: PlanBundle,
  meetings: Meeting[],
  reminder: ReminderChoice,
  fileLabel: string,
): Promise<ExportOutcome> {
  const ical = await preloadIcal();
  const text = ical.buildCalendar({
    plan: bundle.plan, meetings, agendaItems: bundle.agendaItems, reminder, appBaseUrl: appBaseUrl(),
  });
  const fileName = ical.icsFileName(bundle.plan.shortTitle.text, fileLabel);
  const result = await ical.handOffIcs(text, fileName);
  if (result !== 'cancelled') await recordIcalExport(db, bundle.plan.id, meetings, bundle.agendaItems);
  return { result, fileName };
}
