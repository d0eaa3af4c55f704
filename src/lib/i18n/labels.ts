/*
 * Names the interface gives to records: a meeting's title (built from the group and the date
 * when the plan gives none) and the readable form of a meeting's dates and time.
 */
import { textIn, type ShownText } from '../domain/text.ts';
import type { Meeting } from '../domain/types.ts';
import { formatDate, formatDateRange, formatTime } from './format.ts';
import { locale, t } from './index.ts';

export function meetingTitle(meeting: Meeting): ShownText {
  if (meeting.title) return textIn(meeting.title, locale);
  return { text: t('meeting.wgTitle', { date: formatDate(meeting.startDate) }), lang: locale };
}

export function meetingWhen(meeting: Meeting): string {
  return formatDateRange(meeting.startDate, meeting.endDate);
}

/** "10:00 – 13:00", "10:00", or the whole-day wording when no time is set. */
export function meetingTime(meeting: Meeting): string {
  if (!meeting.startTime) return t('meeting.allDay');
  const start = formatTime(meeting.startTime);
  return meeting.endTime ? `${start} – ${formatTime(meeting.endTime)}` : start;
}
