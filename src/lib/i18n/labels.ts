/*
 * Names the interface gives to records: a meeting's title (built from the group and the date
 * when the plan gives none) and the readable form of a meeting's dates. Its time is in
 * meeting-time.ts, which only the (lazily loaded) meeting page needs.
 */
import { textIn, type ShownText } from '../domain/text.ts';
import type { Meeting } from '../domain/types.ts';
import { formatDate, formatDateRange } from './format.ts';
import { locale, t, textLanguage } from './index.ts';

export function meetingTitle(meeting: Pick<Meeting, 'title' | 'startDate'>): ShownText {
  if (meeting.title) return textIn(meeting.title, textLanguage);
  return { text: t('meeting.wgTitle', { date: formatDate(meeting.startDate) }), lang: locale };
}

export function meetingWhen(meeting: Meeting): string {
  return formatDateRange(meeting.startDate, meeting.endDate);
}
