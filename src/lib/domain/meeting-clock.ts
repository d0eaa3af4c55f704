/*
 * The meeting rule for clock changes, shared by the form, the commands and plan files
 * (through validateMeeting): a meeting's start or end time may not be one the clocks of its
 * zone skip, on any of its days; a time the clocks show twice (when they go back) needs its
 * UTC offset (`startOffset` / `endOffset`) on the first day, and is refused on a later day
 * of a meeting over several days (one offset per time cannot say which on every day).
 */
import { clockChangeDays, readWallClock, type ClockReading } from './clock-changes.ts';
import { isIsoDate, isTimeZone } from './dates.ts';
import type { Meeting } from './types.ts';
import type { FieldErrors, ValidationMessage } from './validation-rules.ts';

type ClockFields = Pick<Meeting, 'startDate' | 'timeZone'> & Partial<Pick<Meeting, 'endDate' | 'startTime' | 'endTime' | 'startOffset' | 'endOffset'>>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ENDS = [
  ['startTime', 'startOffset'],
  ['endTime', 'endOffset'],
] as const;

/** How the meeting's time `time` reads on `day` in its zone. */
function reading(m: ClockFields, day: string, time: string): ClockReading {
  return readWallClock(`${day}T${time}:00`, m.timeZone);
}

/** The clock-change errors of a meeting whose dates, times and zone are otherwise valid. */
export function meetingClockErrors(m: ClockFields): FieldErrors {
  const errors: FieldErrors = {};
  if (!isIsoDate(m.startDate) || !isTimeZone(m.timeZone)) return errors;
  const last = m.endDate && isIsoDate(m.endDate) && m.endDate > m.startDate ? m.endDate : m.startDate;
  const changeDays = last > m.startDate ? clockChangeDays(m.startDate, last, m.timeZone).filter((d) => d > m.startDate) : [];
  for (const [timeField, offsetField] of ENDS) {
    const time = m[timeField];
    const offset = m[offsetField];
    if (time === undefined || !TIME.test(time)) continue;
    const first = firstDay(m, time, offset);
    if (first) errors[first.field === 'time' ? timeField : offsetField] = first.message;
    else {
      const later = changeDays.map((day) => laterDay(m, day, time)).find((message) => message);
      if (later) errors[timeField] = later;
    }
  }
  return errors;
}

function params(m: ClockFields, day: string, time: string, r: Exclude<ClockReading, { kind: 'once' }>) {
  return { time, day, zone: m.timeZone, from: r.from.slice(11, 16), to: r.to.slice(11, 16) };
}

/** On the first day: a skipped time is refused, a time shown twice needs one of its two offsets, any other time no offset. */
function firstDay(m: ClockFields, time: string, offset: number | undefined): { field: 'time' | 'offset'; message: ValidationMessage } | undefined {
  const r = reading(m, m.startDate, time);
  if (r.kind === 'gap') return { field: 'time', message: { key: 'validation.timeSkipped', params: params(m, m.startDate, time, r) } };
  const offered = r.kind === 'twice' ? [r.first, r.second] : [];
  if (offset === undefined && r.kind === 'twice') {
    return {
      field: 'offset',
      message: { key: 'validation.timeTwice', params: { ...params(m, m.startDate, time, r), firstOffset: r.first, secondOffset: r.second } },
    };
  }
  if (offset !== undefined && !offered.includes(offset)) {
    return { field: 'offset', message: { key: 'validation.offsetInvalid', params: { time, day: m.startDate, zone: m.timeZone, offset } } };
  }
  return undefined;
}

/** On a later day of a meeting over several days: neither a skipped time nor one shown twice. */
function laterDay(m: ClockFields, day: string, time: string): ValidationMessage | undefined {
  const r = reading(m, day, time);
  if (r.kind === 'once') return undefined;
  return { key: r.kind === 'gap' ? 'validation.timeSkipped' : 'validation.timeTwiceLaterDay', params: params(m, day, time, r) };
}
