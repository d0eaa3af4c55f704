import { describe, expect, it } from 'vitest';
import { eventCap, scanIcs, tooManyEvents } from '../../../src/lib/ical/ics-scan.ts';
import { MAX_ICS_DEPTH, MAX_ICS_EVENTS, MAX_LIST_LENGTH } from '../../../src/lib/plan-files/limits.ts';
import { calendarText, generatedEvent } from './ics-files.ts';

const events = (n: number) => Array.from({ length: n }, (_, i) => generatedEvent(i));
const deep = [...Array.from({ length: MAX_ICS_DEPTH + 1 }, () => 'BEGIN:X'), ...Array.from({ length: MAX_ICS_DEPTH + 1 }, () => 'END:X')];

describe('eventCap', () => {
  it('is the .ics cap, or the room left in the plan’s meetings when that is smaller', () => {
    expect(eventCap(10)).toEqual({ max: MAX_ICS_EVENTS, meetings: 10 });
    expect(eventCap(MAX_LIST_LENGTH - 3)).toEqual({ max: 3, meetings: MAX_LIST_LENGTH - 3 });
    expect(eventCap(MAX_LIST_LENGTH)).toEqual({ max: 0, meetings: MAX_LIST_LENGTH });
    expect(tooManyEvents(eventCap(10))).toMatchObject({ key: 'file.ics.tooMany', params: { max: MAX_ICS_EVENTS } });
    expect(tooManyEvents(eventCap(MAX_LIST_LENGTH - 3))).toMatchObject({
      key: 'file.ics.tooManyForPlan',
      params: { max: 3, meetings: MAX_LIST_LENGTH - 3, limit: MAX_LIST_LENGTH },
    });
  });
});

describe('scanIcs', () => {
  const cap = eventCap(MAX_LIST_LENGTH - 3);

  it('counts the events of a calendar within the cap, and gives its text unfolded', () => {
    const scan = scanIcs(`\uFEFF${calendarText([['UID:a', 'SUMMARY:Une réunion au titre\r\n  replié']]).replace('BEGIN:VEVENT', 'BEGIN:VEV\r\n ENT')}`, cap);
    expect(scan).toMatchObject({ ok: true, events: 1 });
    expect(scan.ok && scan.text).toContain('BEGIN:VEVENT\r\n');
    expect(scan.ok && scan.text).toContain('SUMMARY:Une réunion au titre replié');
    expect(scan.ok && scan.text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(scanIcs(calendarText(events(3)), cap)).toMatchObject({ ok: true, events: 3 });
  });

  it('stops at the first event over the cap: what follows is never looked at', () => {
    // Nesting too deep after the events: a scan that went on would report that instead.
    const thenTooDeep = (n: number) => calendarText(events(n)).replace(/END:VCALENDAR\r\n$/, `${deep.join('\r\n')}\r\nEND:VCALENDAR\r\n`);
    expect(scanIcs(thenTooDeep(3), cap)).toMatchObject({ ok: false, problem: { key: 'file.ics.tooDeep', params: { max: MAX_ICS_DEPTH } } });
    expect(scanIcs(thenTooDeep(4), cap)).toEqual({ ok: false, problem: tooManyEvents(cap) });
  });

  it('counts the BEGIN lines ical.js reads however they are written: folded, in lower case, with a parameter', () => {
    const hidden = [...events(3).map((e) => e), ['UID:x']];
    const text = calendarText(hidden).replace(/BEGIN:VEVENT\r\nDTSTAMP:20240101T000000Z\r\nUID:x/, 'begin;x-a=1:vevent\r\nDTSTAMP:20240101T000000Z\r\nUID:x');
    expect(scanIcs(text, cap)).toEqual({ ok: false, problem: tooManyEvents(cap) });
    const folded = calendarText([...events(3), ['UID:y']]).replace(/BEGIN:VEVENT(\r\nDTSTAMP:20240101T000000Z\r\nUID:y)/, 'BEGIN:V\r\n EVENT$1');
    expect(scanIcs(folded, cap)).toEqual({ ok: false, problem: tooManyEvents(cap) });
  });

  it('refuses what is not a calendar', () => {
    expect(scanIcs('Réunion le 5 octobre', cap)).toMatchObject({ ok: false, problem: { key: 'file.ics.notCalendar' } });
    expect(scanIcs('{"format":"quorum-plan"}', cap)).toMatchObject({ ok: false, problem: { key: 'file.ics.notCalendar' } });
  });
});
