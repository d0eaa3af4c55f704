/*
 * The words of the "a meeting in your agenda changed" notice: one line per change, naming the
 * meeting (or the agenda item and its meeting) as the screens do, with the day and time the
 * user knew and, for a move, the new ones. A removed meeting is named from what the mark kept.
 */
import type { MarkChange, MeetingSnapshot } from '../../domain/personal.ts';
import { textIn } from '../../domain/text.ts';
import type { AgendaItem, Id } from '../../domain/types.ts';
import { formatDateRange, formatTime } from '../../i18n/format.ts';
import { t, textLanguage } from '../../i18n/index.ts';
import { meetingTitle } from '../../i18n/labels.ts';

/** "15 September 2011, 10:00–13:00", with the zone when `withZone`. */
export function whenOf(s: MeetingSnapshot, withZone = false): string {
  const times = s.startTime ? `, ${formatTime(s.startTime)}${s.endTime ? `–${formatTime(s.endTime)}` : ''}` : '';
  return `${formatDateRange(s.startDate, s.endDate)}${times}${withZone ? ` (${s.timeZone})` : ''}`;
}

function nameOf(change: MarkChange, item: (id: Id) => AgendaItem | undefined): string {
  const known = 'after' in change ? change.after : change.before;
  const meeting = meetingTitle(known).text;
  if (change.mark.kind === 'meeting') return meeting;
  const text = item(change.mark.recordId)?.text ?? change.mark.itemText;
  return t('notice.item', { item: text ? textIn(text, textLanguage).text : change.mark.recordId, meeting });
}

export function noticeLine(change: MarkChange, item: (id: Id) => AgendaItem | undefined): string {
  const name = nameOf(change, item);
  switch (change.kind) {
    case 'moved': {
      const zoneMoved = change.before.timeZone !== change.after.timeZone;
      return t('notice.moved', { name, before: whenOf(change.before, zoneMoved), after: whenOf(change.after, zoneMoved) });
    }
    case 'cancelled':
      return t('notice.cancelled', { name });
    case 'removed':
      return t('notice.removed', { name, before: whenOf(change.before) });
    case 'restored':
      return t('notice.restored', { name, after: whenOf(change.after) });
  }
}
