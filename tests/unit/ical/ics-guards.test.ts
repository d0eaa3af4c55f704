/*
 * The .ics reading against a file built to hold it or to sink it whole: a VTIMEZONE whose
 * rules ical.js would expand for ever is dropped before it is expanded (ics-zones.ts), and
 * an event the meeting form would refuse costs that event, not the calendar (ics-import.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../support/generate-plan.ts';
import { TITLE_MAX } from '../../../src/lib/domain/validation-rules.ts';
import { buildCalendar } from '../../../src/lib/ical/index.ts';
import { readIcsFile, type IcsReadResult } from '../../../src/lib/ical/ics-import.ts';
import { dropImpossibleZones } from '../../../src/lib/ical/ics-zones.ts';
import { MAX_ICS_ZONES, MAX_ZONE_RULES } from '../../../src/lib/plan-files/limits.ts';
import { T1, T2 } from '../db/db-helpers.ts';
import { calendarText } from './ics-files.ts';

const target = generatePlan({ seed: 7, meetings: 3, agendaItems: 6, mandates: 1, planId: 'plan-z' });
const hostile = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/hostile', name), 'utf8');

function ok(result: IcsReadResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

/** A VTIMEZONE `tzid` whose STANDARD repeats by `rule`, and one event at 10:00 in it. */
function zoned(tzid: string, rule: string, observances = 1): string {
  const standard = ['BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', `RRULE:${rule}`, 'END:STANDARD'];
  const zone = ['BEGIN:VTIMEZONE', `TZID:${tzid}`, ...Array.from({ length: observances }, () => standard).flat(), 'END:VTIMEZONE'];
  return calendarText([[`UID:z@example.org`, 'SUMMARY:Réunion', `DTSTART;TZID=${tzid}:20251213T100000`, `DTEND;TZID=${tzid}:20251213T110000`]], zone);
}

describe('VTIMEZONE rules that cannot be real', () => {
  it('answers the hostile i29 (a rule every second since year 1) by skipping its event, instead of expanding it for ever', async () => {
    const result = await readIcsFile(hostile('i29-vtimezone-rrule-bomb.ics'), target, T2);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'events[0].DTSTART', key: 'file.ics.zoneImpossible', params: { value: 'Bomb/Zone', summary: 'Fuseau piégé', line: 13 } }],
    });
  });

  it.each([
    ['a rule not yearly', 'FREQ=DAILY'],
    ['an absurd INTERVAL', 'FREQ=YEARLY;INTERVAL=1000;BYMONTH=10;BYDAY=-1SU'],
    ['an absurd COUNT', 'FREQ=YEARLY;COUNT=100000000;BYMONTH=10;BYDAY=-1SU'],
    ['changes within a day', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;BYHOUR=0,1,2,3;BYMINUTE=0,30'],
    ['every month of the year', 'FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=SU'],
  ])('drops a zone with %s: its event is skipped, the others stay', async (_, rule) => {
    const bad = zoned('Custom Zone', rule);
    const text = bad.replace(
      'END:VCALENDAR',
      ['BEGIN:VEVENT', 'UID:fine@example.org', 'DTSTAMP:20240101T000000Z', 'SUMMARY:Autre', 'DTSTART:20251214T100000Z', 'END:VEVENT', 'END:VCALENDAR'].join(
        '\r\n',
      ),
    );
    const result = ok(await readIcsFile(text, target, T2));
    expect(result.meetingIds).toHaveLength(1);
    expect(result.skipped).toEqual([
      { path: 'events[0].DTSTART', key: 'file.ics.zoneImpossible', params: { value: 'Custom Zone', summary: 'Réunion', line: 13 } },
    ]);
  });

  it('reads an event in a dropped zone whose TZID is an IANA zone in that zone', async () => {
    const result = ok(await readIcsFile(zoned('Europe/Paris', 'FREQ=SECONDLY'), target, T2));
    const meeting = result.file.plans[0]!.bundle.meetings.find((m) => m.id === result.meetingIds[0]);
    expect(meeting).toMatchObject({ timeZone: 'Europe/Paris', startDate: '2025-12-13', startTime: '10:00', endTime: '11:00' });
  });

  it("keeps a real zone: Outlook's yearly rules since 1601, old-style BYMONTHDAY lists included", async () => {
    const result = ok(await readIcsFile(zoned('Romance Standard Time', 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=25,26,27,28,29,30,31;BYDAY=SU'), target, T2));
    expect(result.skipped).toEqual([]);
    expect(result.meetingIds).toHaveLength(1);
  });

  it("drops a zone with too many repeating rules, and zones past the file's cap", () => {
    const jcal = (zones: number, rules: number) => [
      'vcalendar',
      [],
      Array.from({ length: zones }, (_, i) => [
        'vtimezone',
        [['tzid', {}, 'text', `Z${i}`]],
        Array.from({ length: rules }, () => ['standard', [['rrule', {}, 'recur', { freq: 'YEARLY', bymonth: 10, byday: '-1SU' }]], []]),
      ]),
    ];
    expect([...dropImpossibleZones(jcal(1, MAX_ZONE_RULES))]).toEqual([]);
    expect([...dropImpossibleZones(jcal(1, MAX_ZONE_RULES + 1))]).toEqual(['Z0']);
    const many = jcal(MAX_ICS_ZONES + 2, 2);
    expect([...dropImpossibleZones(many)]).toEqual([`Z${MAX_ICS_ZONES}`, `Z${MAX_ICS_ZONES + 1}`]);
    expect(many[2]).toHaveLength(MAX_ICS_ZONES);
  });
});

describe('events the meeting form would refuse', () => {
  it('skips the hostile i32 event with a 401-character SUMMARY, and imports the other', async () => {
    const result = ok(await readIcsFile(hostile('i32-summary-over-form-limit.ics'), target, T2));
    expect(result.meetingIds).toHaveLength(1);
    expect(result.skipped).toEqual([
      { path: 'events[0].SUMMARY', key: 'file.ics.tooLongForForm', params: { max: TITLE_MAX, summary: expect.stringMatching(/^Séance x+…$/), line: 4 } },
    ]);
    expect(String(result.skipped[0]!.params!.summary).length).toBeLessThan(100);
  });

  it("skips an event whose LOCATION is over the form's limit", async () => {
    const text = calendarText([
      ['UID:a@example.org', 'SUMMARY:Lieu trop long', `LOCATION:${'L'.repeat(TITLE_MAX + 1)}`, 'DTSTART:20250310T140000Z'],
      ['UID:b@example.org', 'SUMMARY:Bonne', 'DTSTART:20250311T140000Z'],
    ]);
    const result = ok(await readIcsFile(text, target, T2));
    expect(result.meetingIds).toHaveLength(1);
    expect(result.skipped).toMatchObject([{ path: 'events[0].LOCATION', key: 'file.ics.tooLongForForm', params: { summary: 'Lieu trop long' } }]);
  });

  it("skips an event of the app whose DESCRIPTION gives an agenda item over the form's limit, keeping the meeting as it was", async () => {
    const own = buildCalendar({ plan: target.plan, meetings: target.meetings, agendaItems: target.agendaItems, reminder: 'none', now: T1 });
    const first = own.indexOf('DESCRIPTION:');
    const longItem = `DESCRIPTION:1. ${'a'.repeat(2_001)}`;
    const text = own.slice(0, first) + longItem + own.slice(own.indexOf('\r\n', first)).replace(/^(\r\n [^\r\n]*)+/, '');
    const result = ok(await readIcsFile(text, target, T2));
    expect(result.skipped).toMatchObject([{ path: 'events[0].DESCRIPTION', key: 'file.ics.tooLongForForm', params: { max: 2_000 } }]);
    expect(result.meetingIds).toHaveLength(target.meetings.length - 1);
    expect(result.file.plans[0]!.bundle.agendaItems).toEqual(target.agendaItems);
  });
});

describe('progress while the merge and the checks run', () => {
  it('says its last report again between the merge and the checks, so the worker is never silent for both', async () => {
    const progress: unknown[] = [];
    ok(await readIcsFile(calendarText([['UID:p@example.org', 'SUMMARY:Une', 'DTSTART:20250310T140000Z']]), target, T2, (p) => progress.push(p)));
    const last = { step: 'checking', unit: 'events', done: 1, total: 1 };
    expect(progress.slice(-2)).toEqual([last, last]);
  });
});
