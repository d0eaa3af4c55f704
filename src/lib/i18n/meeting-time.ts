/*
 * A meeting's time as the meeting page shows it: in the meeting's own zone and, when the
 * device's clocks differ from it at that date, the device's time beside it. Kept apart from
 * labels.ts so the zone arithmetic loads with the meeting page, not with the first screen.
 */
import { dailySessions } from '../domain/meetings.ts';
import type { Meeting, TimeZoneId } from '../domain/types.ts';
import { meetingInstants, offsetMinutesAt } from '../domain/zoned-time.ts';
import { utcOffset } from './clock-words.ts';
import { formatTime } from './format.ts';
import { locale, t } from './index.ts';
import { zoneCity } from './zone-cities.ts';

/** The device's time zone (IANA id), or undefined when the runtime does not say. */
function deviceTimeZone(): TimeZoneId | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
}

/**
 * "10:00 – 13:00", "10:00", "10:00 – 13:00 chaque jour" over several days, or the whole-day
 * wording when no time is set; when the clocks of `deviceZone` differ from the meeting's at its start or end, the device's time follows:
 * "10:00 – 13:00 (heure de New York) · 16:00 – 19:00 votre heure", with the day when the
 * device's clocks are on another one (named once when start and end are on the same one).
 */
export function meetingTime(meeting: Meeting, deviceZone = deviceTimeZone()): string {
  if (!meeting.startTime) return t('meeting.allDay');
  const endOffset = oneDay(meeting) || dailySessions(meeting) > 1 ? meeting.endOffset : undefined;
  const session = span(ownTime(meeting.startTime, meeting.startOffset), meeting.endTime && ownTime(meeting.endTime, endOffset));
  // Over several days the session is held on each of them, as the .ics file says (RRULE).
  const own = dailySessions(meeting) > 1 ? t('meeting.eachDay', { time: session }) : session;
  const { start, end } = meetingInstants(meeting) ?? { start: NaN };
  const instants = end === undefined ? [start] : [start, end];
  try {
    const offset = (at: number, zone: TimeZoneId) => offsetMinutesAt(at, zone);
    if (!deviceZone || instants.every((at) => offset(at, deviceZone) === offset(at, meeting.timeZone))) return own;
    // The calendar day the instant falls on with each zone's offset.
    const day = (at: number, zone: TimeZoneId) => new Date(at + offset(at, zone) * 60_000).toISOString().slice(0, 10);
    const otherDay = (at: number) => day(at, deviceZone) !== day(at, meeting.timeZone);
    const from = timeAt(start, deviceZone, otherDay(start));
    // The end's day is named only when it is not the day just named for the start.
    const to = end === undefined ? undefined : timeAt(end, deviceZone, otherDay(end) && day(end, deviceZone) !== day(start, deviceZone));
    return t('meeting.timeInZones', { own, city: zoneCity(meeting.timeZone, locale), device: span(from, to) });
  } catch {
    return own; // a zone the runtime does not know: the meeting's own time alone
  }
}

/** An instant's time on the clocks of `timeZone`: "16:00", or "16 sept., 11:00" with `withDay`. */
function timeAt(at: number, timeZone: TimeZoneId, withDay: boolean): string {
  const day: Intl.DateTimeFormatOptions = withDay ? { day: 'numeric', month: 'short' } : {};
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone, ...day }).format(at);
}

/** "01:30", or "01:30 UTC−05:00" for a time the clocks show twice that day (its offset says which). */
function ownTime(time: string, offset: number | undefined): string {
  return offset === undefined ? formatTime(time) : `${formatTime(time)} ${utcOffset(offset)}`;
}

function oneDay(meeting: Meeting): boolean {
  return !meeting.endDate || meeting.endDate === meeting.startDate;
}

function span(start: string, end: string | undefined): string {
  return end ? `${start} – ${end}` : start;
}
