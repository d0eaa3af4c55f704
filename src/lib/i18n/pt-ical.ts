/* The words of exported calendar files in Portuguese (keys and comments: fr-ical.ts). */
import type { IcalWords } from './fr-ical.ts';

export const icalPt: IcalWords = {
  locale: 'pt',
  workingGroupSummary: 'Grupo de trabalho {group}: reunião de {date}',
  meetingSummary: '{group}: reunião de {date}',
  postponedPrefix: '[Adiada] ',
  cancelledPrefix: '[Cancelada] ',
  agendaHeading: 'Ordem do dia:',
  agendaItem: '{n}. {text}',
  alarmDescription: 'Lembrete: {summary}',
  calendarFileLabel: 'calendário',
};
