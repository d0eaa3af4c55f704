/* The calendar of meetings. In Spanish (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'calendar.title': 'Calendario de reuniones',
  'calendar.empty': 'No hay reuniones en este plan.',
  'calendar.noAgenda': 'No se indicó orden del día.',
  'calendar.open': 'Abrir la reunión',
  'calendar.months': 'Meses del calendario',
  'calendar.earlier': 'Meses anteriores',
  'calendar.later': 'Meses siguientes',
  'calendar.jump': 'Ir al mes',
  'calendar.go': 'Ir',
  'calendar.monthOption': '{month} ({count, plural, one {# reunión} other {# reuniones}})',
  'calendar.shown': 'Reuniones mostradas: {shown} de {total}',
} satisfies Record<keyof typeof fr, string>;
