/*
 * The French words written into exported calendar files (.ics). Kept apart from the interface
 * strings because they end up in other people's calendars: the iCalendar builder takes them
 * as a parameter; the other languages (en-ical.ts, es-ical.ts, pt-ical.ts) are objects with
 * the same keys, picked by ics-words.ts. `{name}` marks a placeholder.
 */
export const icalFr = {
  /** Language of these words: picks translations of the plan's texts and formats dates. */
  locale: 'fr',
  /** Title of a working-group meeting the plan leaves untitled. */
  workingGroupSummary: 'Groupe de travail {group} : réunion du {date}',
  /** Title of any other untitled meeting. */
  meetingSummary: '{group} : réunion du {date}',
  postponedPrefix: '[Reporté] ',
  cancelledPrefix: '[Annulé] ',
  agendaHeading: 'Ordre du jour :',
  agendaItem: '{n}. {text}',
  alarmDescription: 'Rappel : {summary}',
  /** Name of the file holding several meetings, after the plan's short title. */
  calendarFileLabel: 'calendrier',
};

export type IcalWords = typeof icalFr;
