/*
 * Which meetings changed since they were last exported to a calendar: never exported, or
 * edited since (a higher SEQUENCE or a newer updatedAt than the export recorded).
 */
import type { IcalExportRecord, Meeting } from './types.ts';

export function changedSinceExport(meetings: readonly Meeting[], records: readonly IcalExportRecord[]): Meeting[] {
  const last = new Map(records.map((r) => [r.meetingId, r]));
  return meetings.filter((m) => {
    const record = last.get(m.id);
    return !record || record.sequence !== m.sequence || record.updatedAt !== m.updatedAt;
  });
}

/** The most recent export time among the records, if any. */
export function lastExportedAt(records: readonly IcalExportRecord[]): string | undefined {
  return records.reduce<string | undefined>((latest, r) => (!latest || r.exportedAt > latest ? r.exportedAt : latest), undefined);
}
