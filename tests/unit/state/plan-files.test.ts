import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { exportPlanFile, isCalendar, landingHash, openBlob } from '../../../src/lib/state/plan-files.ts';
import { updateMeeting } from '../../../src/lib/db/commands/index.ts';
import { backupStatus, exportPlans } from '../../../src/lib/plan-files/export-store.ts';
import { seedAppDb } from '../components/app-db.ts';
import { T1 } from '../db/db-helpers.ts';
import { WG } from '../plan-files/update-fixture.ts';

const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Other//EN',
  'BEGIN:VEVENT',
  'UID:extra-1@example.org',
  'DTSTAMP:20240101T000000Z',
  'DTSTART;VALUE=DATE:20111201',
  'SUMMARY:Réunion extraordinaire',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('isCalendar', () => {
  it('knows a calendar by its name, its type or its first line', async () => {
    expect(await isCalendar(new Blob(['x']), 'agenda.ICS')).toBe(true);
    expect(await isCalendar(new Blob(['x'], { type: 'text/calendar;charset=utf-8' }), 'agenda')).toBe(true);
    expect(await isCalendar(new Blob(['\uFEFF\r\nBEGIN:VCALENDAR\r\n']), 'download')).toBe(true);
    expect(await isCalendar(new Blob(['BEGIN:VCALENDAR']), 'plan.quorum.json')).toBe(false);
    expect(await isCalendar(new Blob(['{"format":"quorum-plan"}']), 'download')).toBe(false);
  });
});

describe('openBlob', () => {
  it('reads a plan file, or lists its problems', async () => {
    const db = await seedAppDb();
    const { text } = await exportPlans(db, [mispaIII.plan.id], T1);
    const good = await openBlob(new Blob([text]), 'MISPA-III.quorum.json', mispaIII);
    expect(good).toMatchObject({ ok: true, name: 'MISPA-III.quorum.json' });
    expect(good.ok && good.file.plans[0]!.bundle.plan.id).toBe(mispaIII.plan.id);
    const cut = await openBlob(new Blob([text.slice(0, text.length / 2)]), 'cut.json', mispaIII);
    expect(cut).toEqual({ ok: false, name: 'cut.json', problems: [expect.objectContaining({ key: 'file.truncated' })] });
  });

  it('reads a calendar as the plan shown with the calendar’s meetings merged in', async () => {
    const opened = await openBlob(new File([CALENDAR], 'extra.ics'), 'extra.ics', mispaIII, T1);
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    expect(opened.calendar).toMatchObject({ planId: mispaIII.plan.id, planName: 'MISPA-III', skipped: [] });
    expect(opened.calendar?.meetingIds).toHaveLength(1);
    expect(opened.file.plans[0]!.bundle.meetings).toHaveLength(mispaIII.meetings.length + 1);
    const empty = await openBlob(new File(['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n'], 'e.ics'), 'e.ics', mispaIII, T1);
    expect(empty).toMatchObject({ ok: false, problems: [{ key: 'file.ics.noEvents' }] });
  });
});

describe('landingHash', () => {
  it('lands a calendar import on the calendar at the month of the first meeting it brings, a plan file on the plan', async () => {
    const opened = await openBlob(new File([CALENDAR], 'extra.ics'), 'extra.ics', mispaIII, T1);
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    expect(landingHash(opened, mispaIII)).toBe('#/calendar?month=2011-12');
    const db = await seedAppDb();
    const { text } = await exportPlans(db, [mispaIII.plan.id], T1);
    const plan = await openBlob(new Blob([text]), 'MISPA-III.quorum.json', mispaIII);
    if (!plan.ok) throw new Error('expected a plan file');
    expect(landingHash(plan, mispaIII)).toBe('#/plan');
  });
});

describe('exportPlanFile', () => {
  let downloads: string[];
  beforeEach(() => {
    downloads = [];
    URL.createObjectURL = () => 'blob:quorum/1';
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('downloads the file and notes the backup, so the reminder goes away', async () => {
    const db = await seedAppDb();
    await updateMeeting(db, WG[0]!.id, { startTime: '10:00' }, T1);
    expect((await backupStatus(db, mispaIII.plan.id)).needsBackup).toBe(true);
    const out = await exportPlanFile([mispaIII.plan.id], true);
    expect(out).toMatchObject({ result: 'downloaded', historyLeftOut: 0 });
    expect(downloads).toEqual([out.fileName]);
    expect(out.fileName).toMatch(/^MISPA-III-\d{4}-\d{2}-\d{2}\.quorum\.json$/);
    expect(await backupStatus(db, mispaIII.plan.id)).toMatchObject({ needsBackup: false, changesSinceBackup: 0 });
  });

  it('notes no backup when the user cancels the share sheet', async () => {
    const db = await seedAppDb();
    await updateMeeting(db, WG[0]!.id, { startTime: '10:00' }, T1);
    Object.assign(navigator, { canShare: () => true, share: () => Promise.reject(new DOMException('x', 'AbortError')) });
    try {
      expect((await exportPlanFile('all', false)).result).toBe('cancelled');
    } finally {
      Object.assign(navigator, { canShare: undefined, share: undefined });
    }
    expect(downloads).toEqual([]);
    expect((await backupStatus(db, mispaIII.plan.id)).needsBackup).toBe(true);
  });
});
