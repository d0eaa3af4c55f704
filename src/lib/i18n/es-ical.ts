/* The words of exported calendar files in Spanish (keys and comments: fr-ical.ts). */
import type { IcalWords } from './fr-ical.ts';

export const icalEs: IcalWords = {
  locale: 'es',
  workingGroupSummary: 'Grupo de trabajo {group}: reunión del {date}',
  meetingSummary: '{group}: reunión del {date}',
  postponedPrefix: '[Aplazada] ',
  cancelledPrefix: '[Cancelada] ',
  agendaHeading: 'Orden del día:',
  agendaItem: '{n}. {text}',
  alarmDescription: 'Recordatorio: {summary}',
  calendarFileLabel: 'calendario',
};
