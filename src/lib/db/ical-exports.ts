/*
 * What the user last exported to their calendar, per meeting (table `icalExports`): the
 * meeting's SEQUENCE, updatedAt and a fingerprint of the event's content at that moment. It lets "export changes since last time"
 * pick exactly the meetings that are new or edited since.
 */
import { agendaByMeeting } from '../domain/agenda.ts';
import { exportFingerprint } from '../domain/export-state.ts';
import type { AgendaItem, Id, IcalExportRecord, Meeting } from '../domain/types.ts';
import type { QuorumDatabase } from './database.ts';

export async function icalExportsOf(db: QuorumDatabase, planId: Id): Promise<IcalExportRecord[]> {
  return db.icalExports.where({ planId }).toArray();
}

/** Remembers that these meetings, as they are now (with their agendas), went into a calendar file. */
export async function recordIcalExport(db: QuorumDatabase, planId: Id, meetings: readonly Meeting[], agendaItems: readonly AgendaItem[], now = new Date()) {
  const exportedAt = now.toISOString();
  const agenda = agendaByMeeting(agendaItems); // once, not the plan's items for each meeting
  await db.icalExports.bulkPut(
    meetings.map((m) => ({
      planId,
      meetingId: m.id,
      sequence: m.sequence,
      updatedAt: m.updatedAt,
      exportedAt,
      fingerprint: exportFingerprint(m, agenda.get(m.id) ?? []),
    })),
  );
}
