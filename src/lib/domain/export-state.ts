/*
 * Which meetings changed since they were last exported to a calendar: never exported, or
 * anything an exported event shows changed since (SEQUENCE, the meeting record, or the agenda
 * texts written into its DESCRIPTION). An item's outcome is not in the event, so recording
 * one does not make the meeting "changed".
 */
import { agendaByMeeting, sortByOrder } from './agenda.ts';
import type { AgendaItem, IcalExportRecord, Meeting } from './types.ts';

/** What an exported event is made of, as one comparable string (`agendaItems`: the plan's, or the meeting's own). */
export function exportFingerprint(meeting: Meeting, agendaItems: readonly AgendaItem[]): string {
  const agenda = sortByOrder(agendaItems.filter((i) => i.meetingId === meeting.id)).map((i) => [i.id, i.text.text]);
  return JSON.stringify([meeting.sequence, meeting.updatedAt, agenda]);
}

export function changedSinceExport(meetings: readonly Meeting[], records: readonly IcalExportRecord[], agendaItems: readonly AgendaItem[]): Meeting[] {
  const last = new Map(records.map((r) => [r.meetingId, r]));
  // Grouped once, and only when a fingerprint needs it (never before a first export): filtering
  // every item for every meeting is 40 million steps on a large plan.
  let agendas: Map<string, AgendaItem[]> | undefined;
  const agendaOf = (id: string) => (agendas ??= agendaByMeeting(agendaItems)).get(id) ?? [];
  return meetings.filter((m) => {
    const record = last.get(m.id);
    if (!record) return true;
    if (record.fingerprint !== undefined) return record.fingerprint !== exportFingerprint(m, agendaOf(m.id));
    return record.sequence !== m.sequence || record.updatedAt !== m.updatedAt;
  });
}

/** The most recent export time among the records, if any. */
export function lastExportedAt(records: readonly IcalExportRecord[]): string | undefined {
  return records.reduce<string | undefined>((latest, r) => (!latest || r.exportedAt > latest ? r.exportedAt : latest), undefined);
}
