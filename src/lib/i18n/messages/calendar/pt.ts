/* The calendar of meetings. In Portuguese (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'calendar.title': 'Calendário de reuniões',
  'calendar.empty': 'Nenhuma reunião neste plano.',
  'calendar.noAgenda': 'Ordem do dia não indicada.',
  'calendar.open': 'Abrir a reunião',
  'calendar.months': 'Meses do calendário',
  'calendar.earlier': 'Meses anteriores',
  'calendar.later': 'Meses seguintes',
  'calendar.jump': 'Ir para o mês',
  'calendar.go': 'Ir',
  'calendar.monthOption': '{month} ({count, plural, one {# reunião} other {# reuniões}})',
  'calendar.shown': 'Reuniões mostradas: {shown} de {total}',
} satisfies Record<keyof typeof fr, string>;
