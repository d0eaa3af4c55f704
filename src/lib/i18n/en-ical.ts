/* The words of exported calendar files in English (keys and comments: fr-ical.ts). */
import type { IcalWords } from './fr-ical.ts';

export const icalEn: IcalWords = {
  locale: 'en',
  workingGroupSummary: '{group} working group: meeting of {date}',
  meetingSummary: '{group}: meeting of {date}',
  postponedPrefix: '[Postponed] ',
  cancelledPrefix: '[Cancelled] ',
  agendaHeading: 'Agenda:',
  agendaItem: '{n}. {text}',
  alarmDescription: 'Reminder: {summary}',
  calendarFileLabel: 'calendar',
};
