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
  return calendarText({ *[Symbol.iterator]() { for (let i = 0; i < count; i++) yield generatedEvent(i, descriptionChars); } });
}
