import { describe, expect, it } from 'vitest';
import { buildCalendar, type BuildCalendarOptions } from '../../../src/lib/ical/build-calendar.ts';
import { fr, makeAgendaItem, makeMeeting, makePlan } from '../factories.ts';
import { contentLines, eventPropertyLines, parseIcs, physicalLines, propertyLines } from './ics-test-helpers.ts';

const NOW = new Date('2026-11-29T06:00:00Z');
const plan = makePlan();
const timed = makeMeeting({ id: 'wg-1', startTime: '10:00', endTime: '13:00', sequence: 2, place: fr('Washington, D.C.') });

function build(options: Partial<BuildCalendarOptions> = {}): string {
  return buildCalendar({ plan, meetings: [timed], agendaItems: [], reminder: 'none', now: NOW, ...options });
}

describe('buildCalendar: calendar properties', () => {
  const text = build();
  const lines = contentLines(text);

  it('writes the calendar header RFC 5545 asks for, and no METHOD: a snapshot, not an iTIP message', () => {
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Quorum//Quorum work plan//FR']);
    expect(lines).toContain('CALSCALE:GREGORIAN');
    expect(propertyLines(text, 'METHOD')).toEqual([]);
    expect(propertyLines(text, 'ORGANIZER')).toEqual([]);
    expect(propertyLines(text, 'X-WR-CALNAME')).toEqual(['X-WR-CALNAME:MISPA-III']);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('writes no calendar-wide zone (no TIMEZONE-ID, which libical rejects)', () => {
    expect(text).not.toMatch(/^TIMEZONE-ID/m);
    expect(text).not.toMatch(/^X-WR-TIMEZONE/m);
  });

  it('stamps DTSTAMP and LAST-MODIFIED in UTC', () => {
    expect(propertyLines(text, 'DTSTAMP')).toEqual(['DTSTAMP:20261129T060000Z']);
    expect(eventPropertyLines(text, 'LAST-MODIFIED')).toEqual(['LAST-MODIFIED:20110901T120000Z']);
  });

  it('escapes the calendar name (ical-generator does not)', () => {
    const named = build({ plan: makePlan({ shortTitle: fr('GT; sécurité, Amériques') }) });
    expect(propertyLines(named, 'X-WR-CALNAME')).toEqual(['X-WR-CALNAME:GT\\; sécurité\\, Amériques']);
    expect(propertyLines(named, 'NAME')).toEqual(['NAME:GT\\; sécurité\\, Amériques']);
  });

  it('is reachable through the lazily loaded entry point', async () => {
    const ical = await import('../../../src/lib/ical/index.ts');
    expect(ical.buildCalendar).toBe(buildCalendar);
    expect([typeof ical.handOffIcs, typeof ical.icsFileName]).toEqual(['function', 'function']);
  });

  it('refuses to write a calendar with no event (RFC 5545 needs one)', () => {
    expect(() => build({ meetings: [] })).toThrow(RangeError);
  });
});

describe('buildCalendar: lines', () => {
  const long = makeMeeting({
    id: 'long',
    title: fr('Troisième réunion des ministres en matière de sécurité publique des Amériques – l’ordre du jour 🎉🎉🎉 définitif ’’’ éééééé'),
    place: fr('Salle Simón Bolívar, bâtiment principal de l’Organisation des États américains 🏛️, 17th Street & Constitution Ave.'),
  });
  const items = Array.from({ length: 6 }, (_, i) =>
    makeAgendaItem({
      id: `i${i}`,
      meetingId: 'long',
      order: i,
      text: fr(`Point ${i + 1} : examen du projet de déclaration d’Port of Spain — « sécurité » 👥`),
    }),
  );
  const text = build({ meetings: [timed, long], agendaItems: items, reminder: '1h', appBaseUrl: 'https://quorum.example/app/' });
  const bytes = new TextEncoder().encode(text);

  it('ends every line with CRLF, the last one too, and has no bare CR or LF', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds at 75 octets, continuation lines starting with a space', () => {
    const physical = physicalLines(text);
    const folded = physical.filter((l) => l.startsWith(' '));
    expect(folded.length).toBeGreaterThan(5);
    for (const line of physical) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
  });

  it('never splits a UTF-8 character across a fold (each physical line decodes on its own)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const crlf = [];
    for (let i = 0; i < bytes.length - 1; i++) if (bytes[i] === 13 && bytes[i + 1] === 10) crlf.push(i);
    let start = 0;
    for (const end of crlf) {
      expect(() => strict.decode(bytes.slice(start, end))).not.toThrow();
      start = end + 2;
    }
    expect(start).toBe(bytes.length);
  });

  it('unfolds back to the exact texts (checked by ical.js)', () => {
    const event = parseIcs(text).events.find((e) => e.uid.startsWith('plan-1/long'));
    expect(event?.summary).toBe(long.title?.text);
    expect(event?.location).toBe(long.place?.text);
    expect(event?.description.split('\n')).toHaveLength(7);
  });
});

describe('buildCalendar: text escaping', () => {
  const meeting = makeMeeting({
    title: fr('Réunion A, B; C \\ D'),
    place: fr('Salle 1; bâtiment, aile \\ est'),
  });
  const agenda = [makeAgendaItem({ text: fr('Point, avec; tout \\ ça') })];
  const text = build({ meetings: [meeting], agendaItems: agenda });

  it('escapes comma, semicolon, backslash and newline in TEXT values', () => {
    expect(eventPropertyLines(text, 'SUMMARY')).toEqual(['SUMMARY:Réunion A\\, B\\; C \\\\ D']);
    expect(eventPropertyLines(text, 'LOCATION')).toEqual(['LOCATION:Salle 1\\; bâtiment\\, aile \\\\ est']);
    expect(eventPropertyLines(text, 'DESCRIPTION')).toEqual(['DESCRIPTION:Ordre du jour :\\n1. Point\\, avec\\; tout \\\\ ça']);
  });

  it('reads back unchanged with an independent parser', () => {
    const [event] = parseIcs(text).events;
    expect(event?.summary).toBe('Réunion A, B; C \\ D');
    expect(event?.location).toBe('Salle 1; bâtiment, aile \\ est');
    expect(event?.description).toBe('Ordre du jour :\n1. Point, avec; tout \\ ça');
  });
});

describe('buildCalendar: event content', () => {
  const agenda = [
    makeAgendaItem({ id: 'b', meetingId: 'wg-1', order: 2, text: fr('Clôture') }),
    makeAgendaItem({ id: 'a', meetingId: 'wg-1', order: 1, text: fr('Ouverture') }),
  ];
  const text = build({ agendaItems: agenda, appBaseUrl: 'https://quorum.example/app/' });
  const [event] = parseIcs(text).events;

  it('has one SUMMARY, the agenda as DESCRIPTION, LOCATION and the app URL', () => {
    expect(eventPropertyLines(text, 'SUMMARY')).toHaveLength(1);
    expect(event?.summary).toBe('Groupe de travail MISPA-III : réunion du 15 septembre 2011');
    expect(event?.description).toBe('Ordre du jour :\n1. Ouverture\n2. Clôture');
    expect(event?.location).toBe('Washington, D.C.');
    expect(eventPropertyLines(text, 'URL')).toEqual(['URL;VALUE=URI:https://quorum.example/app/#/meeting/wg-1']);
  });

  it('leaves out URL and LOCATION when unknown', () => {
    const bare = build({ meetings: [makeMeeting()] });
    expect(eventPropertyLines(bare, 'URL')).toEqual([]);
    expect(eventPropertyLines(bare, 'LOCATION')).toEqual([]);
  });

  it('takes SEQUENCE from the meeting record and keeps the UID across exports', () => {
    expect(eventPropertyLines(text, 'SEQUENCE')).toEqual(['SEQUENCE:2']);
    expect(event?.sequence).toBe(2);
    const later = build({ now: new Date('2027-01-05T17:31:00Z'), meetings: [{ ...timed, sequence: 3, startTime: '11:00' }] });
    expect(eventPropertyLines(later, 'UID')).toEqual(eventPropertyLines(text, 'UID'));
    expect(eventPropertyLines(later, 'UID')).toEqual(['UID:plan-1/wg-1@quorum.invalid']);
    expect(eventPropertyLines(later, 'SEQUENCE')).toEqual(['SEQUENCE:3']);
    expect(propertyLines(later, 'DTSTAMP')).toEqual(['DTSTAMP:20270105T173100Z']);
  });

  it('exports a cancelled meeting with the same UID, STATUS:CANCELLED and no reminder', () => {
    const cancelled = build({ meetings: [{ ...timed, status: 'cancelled', sequence: 3 }], reminder: '1d' });
    expect(eventPropertyLines(cancelled, 'UID')).toEqual(eventPropertyLines(text, 'UID'));
    expect(eventPropertyLines(cancelled, 'STATUS')).toEqual(['STATUS:CANCELLED']);
    expect(cancelled).not.toContain('BEGIN:VALARM');
    expect(propertyLines(build({ meetings: [{ ...timed, status: 'postponed' }] }), 'STATUS')).toEqual(['STATUS:TENTATIVE']);
    expect(eventPropertyLines(text, 'STATUS')).toEqual(['STATUS:CONFIRMED']);
  });

  it('writes one event per meeting, in date order', () => {
    const several = build({ meetings: [makeMeeting({ id: 'b', startDate: '2011-10-13' }), makeMeeting({ id: 'a' })] });
    expect(eventPropertyLines(several, 'UID')).toEqual(['UID:plan-1/a@quorum.invalid', 'UID:plan-1/b@quorum.invalid']);
  });
});

describe('buildCalendar: reminders', () => {
  it.each([
    ['15m', 'TRIGGER:-PT15M', -15 * 60],
    ['1h', 'TRIGGER:-PT1H', -60 * 60],
    ['1d', 'TRIGGER:-PT24H', -24 * 60 * 60], // exact hours: readers place a nominal -P1D differently
  ] as const)('writes a DISPLAY alarm for %s', (reminder, trigger, seconds) => {
    const text = build({ reminder });
    const alarm = contentLines(text).slice(contentLines(text).indexOf('BEGIN:VALARM'), contentLines(text).indexOf('END:VALARM') + 1);
    expect(alarm).toEqual([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      trigger,
      'DESCRIPTION:Rappel : Groupe de travail MISPA-III : réunion du 15 septembre 2011',
      'END:VALARM',
    ]);
    const valarm = parseIcs(text).events[0]?.component.getFirstSubcomponent('valarm');
    expect((valarm?.getFirstPropertyValue('trigger') as { toSeconds(): number } | null)?.toSeconds()).toBe(seconds);
  });

  it('writes no alarm when none is chosen', () => {
    expect(build({ reminder: 'none' })).not.toContain('VALARM');
  });
});
