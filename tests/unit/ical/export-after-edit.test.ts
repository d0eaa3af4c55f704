/*
 * The calendar-export life cycle through the real commands: export, edit, export the changes:
 * the same UID comes back with a higher SEQUENCE, and a cancelled meeting keeps its UID.
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { addAgendaItem, cancelMeeting, recordOutcome, updateMeeting } from '../../../src/lib/db/commands/index.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { icalExportsOf, recordIcalExport } from '../../../src/lib/db/ical-exports.ts';
import { loadPlanBundle } from '../../../src/lib/db/queries.ts';
import { changedSinceExport } from '../../../src/lib/domain/export-state.ts';
import { buildCalendar } from '../../../src/lib/ical/index.ts';
import { seededDb } from '../db/db-helpers.ts';
import { parseIcs } from './ics-test-helpers.ts';

const WG = 'mispa-iii/wg-2011-09-22';

async function setUp() {
  return seededDb(new QuorumDatabase());
}

async function exportChanged(db: QuorumDatabase) {
  const bundle = (await loadPlanBundle(db, 'mispa-iii'))!;
  const meetings = changedSinceExport(bundle.meetings, await icalExportsOf(db, 'mispa-iii'), bundle.agendaItems);
  if (meetings.length === 0) return { meetings, events: [] };
  const text = buildCalendar({ plan: bundle.plan, meetings, agendaItems: bundle.agendaItems, reminder: 'none' });
  await recordIcalExport(db, 'mispa-iii', meetings, bundle.agendaItems);
  return { meetings, events: parseIcs(text).events };
}

describe('export, edit, export the changes', () => {
  it('re-exports an edited meeting under the same UID with a higher SEQUENCE and its new time', async () => {
    const db = await setUp();
    const first = await exportChanged(db);
    expect(first.events).toHaveLength(mispaIII.meetings.length);
    const before = first.events.find((e) => e.uid.includes(encodeURIComponent(WG)))!;
    expect(before.sequence).toBe(0);

    await updateMeeting(db, WG, { startTime: '10:00', endTime: '13:00' });
    const second = await exportChanged(db);
    expect(second.meetings.map((m) => m.id)).toEqual([WG]);
    const after = second.events[0]!;
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(1);
    expect(after.startDate.toJSDate().toISOString()).toBe('2011-09-22T14:00:00.000Z');

    expect((await exportChanged(db)).meetings).toEqual([]);
  });

  it('keeps the UID of a cancelled meeting and marks it cancelled', async () => {
    const db = await setUp();
    const first = await exportChanged(db);
    const uid = first.events.find((e) => e.uid.includes(encodeURIComponent(WG)))!.uid;
    await cancelMeeting(db, WG);
    const [event] = (await exportChanged(db)).events;
    expect(event!.uid).toBe(uid);
    expect(event!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event!.sequence).toBe(1);
  });

  it('counts a new agenda item as a change (it is in the DESCRIPTION), an outcome not', async () => {
    const db = await setUp();
    await exportChanged(db);
    const item = mispaIII.agendaItems.find((i) => i.meetingId === WG)!;
    await recordOutcome(db, item.id, { kind: 'decided' });
    expect((await exportChanged(db)).meetings).toEqual([]);
    await addAgendaItem(db, WG, { lang: 'fr', text: 'Questions diverses' });
    const [event] = (await exportChanged(db)).events;
    expect(event!.description).toContain('3. Questions diverses');
  });
});
