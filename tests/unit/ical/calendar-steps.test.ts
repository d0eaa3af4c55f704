/*
 * The export's speed-ups must not change a byte: the file put together event by event (own
 * line folding, cached VTIMEZONE blocks and rules, cached formatters) is compared with the
 * one ical-generator writes in one go (with the same corrections of its alarm forms), and with
 * the one a freshly loaded module writes.
 */
import ical from 'ical-generator';
import { describe, expect, it, vi } from 'vitest';
import { alarmForms, buildCalendar, calendarHeader, calendarSteps, eventEntry, type BuildCalendarOptions } from '../../../src/lib/ical/build-calendar.ts';
import { agendaByMeeting } from '../../../src/lib/domain/agenda.ts';
import { generatePlan } from '../../support/generate-plan.ts';
import { sortMeetings } from '../../../src/lib/domain/meetings.ts';
import { icalFr } from '../../../src/lib/i18n/fr-ical.ts';
import { fr, makeMeeting, makePlan } from '../factories.ts';
import { eventPropertyLines, withDeviceZone } from './ics-test-helpers.ts';

const NOW = new Date('2024-01-15T12:00:00Z');
const bundle = generatePlan({ seed: 3, meetings: 120, agendaItems: 600, mandates: 10 });
const options: BuildCalendarOptions = {
  plan: bundle.plan,
  meetings: bundle.meetings,
  agendaItems: bundle.agendaItems,
  reminder: '1h',
  now: NOW,
  appBaseUrl: 'https://example.org/quorum/',
};

/** The file as ical-generator writes it when handed every event at once (the reference). */
function libraryCalendar(opts: BuildCalendarOptions): string {
  const agenda = agendaByMeeting(opts.agendaItems);
  const entries = sortMeetings(opts.meetings).map((m) => eventEntry(m, agenda.get(m.id) ?? [], opts, icalFr, NOW));
  const zones = new Map(entries.flatMap((e) => (e.vtimezone ? [[e.vtimezone.tzid, e.vtimezone.block] as const] : [])));
  const calendar = ical({
    ...calendarHeader(opts.plan, icalFr),
    timezone: { name: null, generator: (tzid) => zones.get(tzid) ?? null },
    events: entries.flatMap((e) => [e.data, ...(e.overrides ?? [])]),
  });
  return `${alarmForms(calendar.toString())}\r\n`;
}

describe('the calendar built event by event', () => {
  it('is the file ical-generator writes in one go, on any device zone', () => {
    for (const zone of ['America/New_York', 'Europe/Paris', 'Asia/Tokyo']) {
      withDeviceZone(zone, () => expect(buildCalendar(options)).toBe(libraryCalendar(options)));
    }
  });

  it('covers several zones with their VTIMEZONE (a reference that tests something)', () => {
    const text = buildCalendar(options);
    expect(
      new Set(
        eventPropertyLines(text, 'DTSTART')
          .map((l) => /TZID=([^:]+)/.exec(l)?.[1])
          .filter(Boolean),
      ).size,
    ).toBeGreaterThan(2);
  });

  it('counts meetings, not events, when a meeting over several days needs an override', () => {
    const changing = makeMeeting({ startDate: '2011-10-15', endDate: '2011-10-16', startTime: '10:00', endTime: '12:00', timeZone: 'America/Sao_Paulo' });
    const one = { ...options, meetings: [changing], agendaItems: [] };
    const steps = calendarSteps(one);
    const done: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) if (step.value > 0) done.push(step.value);
    expect(done).toEqual([1]);
    expect(step.value.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(2);
    expect(step.value).toBe(libraryCalendar(one));
  });

  it('reports each meeting done, in order, then returns the text', () => {
    const steps = calendarSteps(options);
    const done: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) if (step.value > 0) done.push(step.value);
    expect(done).toEqual(bundle.meetings.map((_, i) => i + 1));
    expect(step.value).toBe(buildCalendar(options));
  });
});

describe('caches (zones, rules, formatters) change nothing', () => {
  // Both sides of the DST changes of two zones with different rules, interleaved.
  const plan = makePlan();
  const meetings = [
    ['paris-before', '2011-03-26', 'Europe/Paris'],
    ['ny-before', '2011-03-12', 'America/New_York'],
    ['paris-after', '2011-03-27', 'Europe/Paris'],
    ['ny-after', '2011-03-13', 'America/New_York'],
    ['paris-back', '2011-10-30', 'Europe/Paris'],
    ['ny-back', '2011-11-06', 'America/New_York'],
    ['paris-gap', '2011-03-27', 'Europe/Paris', '02:30'],
    ['ny-twice', '2011-11-06', 'America/New_York', '01:30'],
  ].map(([id, startDate, timeZone, startTime]) =>
    makeMeeting({ id, startDate, timeZone, startTime: startTime ?? '10:00', endTime: '11:45', title: fr(`Réunion ${id}`) }),
  );
  const boundary: BuildCalendarOptions = { plan, meetings, agendaItems: [], reminder: 'none', now: NOW };

  it('gives a warm module the same file as a freshly loaded one', async () => {
    const warm = withDeviceZone('Europe/Paris', () => {
      buildCalendar(options);
      buildCalendar({ ...boundary, meetings: meetings.slice().reverse() });
      return buildCalendar(boundary);
    });
    vi.resetModules();
    const fresh = await import('../../../src/lib/ical/build-calendar.ts');
    expect(fresh.buildCalendar).not.toBe(buildCalendar);
    expect(withDeviceZone('Europe/Paris', () => fresh.buildCalendar(boundary))).toBe(warm);
  });

  it('gives each zone its own offsets on either side of each change', () => {
    const text = buildCalendar(boundary);
    const starts = eventPropertyLines(text, 'DTSTART');
    expect(starts).toContain('DTSTART;TZID=Europe/Paris:20110327T100000');
    expect(starts).toContain('DTSTART;TZID=America/New_York:20110313T100000');
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    for (const meeting of meetings) {
      expect(buildCalendar({ ...boundary, meetings: [meeting] }).replace(/\r\n/g, '\n')).toContain(eventBlock(text, meeting.id));
    }
  });
});

/** The event of meeting `id` as written in `text` (LF line ends). */
function eventBlock(text: string, id: string): string {
  const events = text.replace(/\r\n/g, '\n').split('BEGIN:VEVENT\n').slice(1);
  const found = events.find((e) => e.includes(`/${id}@quorum.invalid`));
  if (!found) throw new Error(`no event for ${id}`);
  return found.slice(0, found.indexOf('END:VEVENT'));
}
