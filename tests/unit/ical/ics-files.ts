/*
 * Calendars built for tests, as another application writes them (CRLF lines, one VEVENT per
 * event): small ones for the caps, and large ones (megabytes, generated on the fly, never
 * committed) for the worker and the end-to-end tests.
 */

/** A VCALENDAR around `events`, each a list of properties. */
export function calendarText(events: Iterable<string[]>, extra: string[] = []): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other Corp//Calendar 1.0//EN', ...extra];
  for (const event of events) lines.push('BEGIN:VEVENT', 'DTSTAMP:20240101T000000Z', ...event, 'END:VEVENT');
  return [...lines, 'END:VCALENDAR', ''].join('\r\n');
}

/** Event `i` of a generated calendar: one hour on a day of 2025, with a description of `descriptionChars` characters. */
export function generatedEvent(i: number, descriptionChars = 0): string[] {
  const day = `2025${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`;
  const event = [`UID:generated-${i}@example.org`, `SUMMARY:Consultation ${i}`, `DTSTART:${day}T140000Z`, 'DURATION:PT1H', `LOCATION:Salle ${i % 40}`];
  return descriptionChars ? [...event, `DESCRIPTION:${'Ordre du jour détaillé. '.repeat(Math.ceil(descriptionChars / 24)).slice(0, descriptionChars)}`] : event;
}

/** A calendar of `count` generated events. */
export function generatedCalendar(count: number, descriptionChars = 0): string {
  return calendarText({
    *[Symbol.iterator]() {
      for (let i = 0; i < count; i++) yield generatedEvent(i, descriptionChars);
    },
  });
}

/** A VTIMEZONE as Exchange writes one: a Windows name, yearly rules since 1601. */
function exchangeZone(name: string, standard: string, daylight: string, [stdRule, dstRule]: [string, string]): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${name}`,
    'BEGIN:STANDARD',
    'DTSTART:16010101T030000',
    `TZOFFSETFROM:${daylight}`,
    `TZOFFSETTO:${standard}`,
    `RRULE:FREQ=YEARLY;INTERVAL=1;${stdRule}`,
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010101T020000',
    `TZOFFSETFROM:${standard}`,
    `TZOFFSETTO:${daylight}`,
    `RRULE:FREQ=YEARLY;INTERVAL=1;${dstRule}`,
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];
}

/** An Exchange event: its long UID, the properties Outlook adds, LANGUAGE on the texts. */
function exchangeEvent(uid: string, summary: string | undefined, lines: string[]): string[] {
  return [
    'BEGIN:VEVENT',
    'DESCRIPTION:\\n',
    `UID:040000008200E00074C5B7101A82E0080000000${uid}`,
    ...(summary === undefined ? [] : [`SUMMARY;LANGUAGE=en-US:${summary}`]),
    ...lines,
    'CLASS:PUBLIC',
    'PRIORITY:5',
    'DTSTAMP:20110901T120000Z',
    'TRANSP:OPAQUE',
    'SEQUENCE:0',
    'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
    'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
    'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
    'END:VEVENT',
  ];
}

/**
 * A calendar as Exchange 2010 exports one, with the quirks seen in the wild: Windows zone
 * names (described by a VTIMEZONE, or not at all), a quoted TZID that took in the value, one
 * DTSTART that is not a date (which made ical.js refuse the whole file), an event in a zone
 * named nowhere, and an untitled event whose DTEND's quote is never closed (a line ical.js cannot read). Lines as Exchange writes them.
 */
export function exchangeCalendar(): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'METHOD:PUBLISH',
    'PRODID:Microsoft Exchange Server 2010',
    'VERSION:2.0',
    'X-WR-CALNAME:Calendar',
    ...exchangeZone('Pacific Standard Time', '-0800', '-0700', ['BYDAY=1SU;BYMONTH=11', 'BYDAY=2SU;BYMONTH=3']),
    ...exchangeZone('Romance Standard Time', '+0100', '+0200', ['BYDAY=-1SU;BYMONTH=10', 'BYDAY=-1SU;BYMONTH=3']),
    ...exchangeEvent('01', 'Budget review', [
      'DTSTART;TZID=Pacific Standard Time:20110914T090000',
      'DTEND;TZID=Pacific Standard Time:20110914T103000',
      'LOCATION;LANGUAGE=en-US:Room 4',
      'STATUS:CONFIRMED',
    ]),
    ...exchangeEvent('02', 'Planning call', ['DTSTART;TZID=Pacific Standard Time:2011091X', 'DTEND;TZID=Pacific Standard Time:20110915T110000']),
    ...exchangeEvent('03', 'Réunion à Paris', ['DTSTART;TZID=Romance Standard Time:20111005T093000', 'DTEND;TZID=Romance Standard Time:20111005T123000']),
    ...exchangeEvent('04', 'Washington briefing', [
      'DTSTART;TZID=Eastern Standard Time:20111108T140000',
      'DTEND;TZID=Eastern Standard Time:20111108T160000',
      'STATUS:CANCELLED',
    ]),
    ...exchangeEvent('05', 'New York consultations', ['DTSTART;TZID="America/New_York:20110915T100000"', 'DTEND;TZID="America/New_York:20110915T113000"']),
    ...exchangeEvent('06', 'Atlantis', ['DTSTART;TZID=Atlantis Standard Time:20111003T140000']),
    ...exchangeEvent('07', undefined, ['DTSTART:20111004T140000Z', 'DTEND;TZID="Pacific Standard Time']),
    'END:VCALENDAR',
    '',
  ];
  return lines.join('\r\n');
}
