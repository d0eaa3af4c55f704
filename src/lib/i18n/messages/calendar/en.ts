/* The calendar of meetings. In English (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'calendar.title': 'Meeting calendar',
  'calendar.empty': 'No meetings in this plan.',
  'calendar.noAgenda': 'No agenda given.',
  'calendar.open': 'Open the meeting',
  'calendar.months': 'Calendar months',
  'calendar.earlier': 'Earlier months',
  'calendar.later': 'Later months',
  'calendar.jump': 'Go to month',
  'calendar.go': 'Go',
  'calendar.monthOption': '{month} ({count, plural, one {# meeting} other {# meetings}})',
  'calendar.shown': 'Meetings shown: {shown} of {total}',
} satisfies Record<keyof typeof fr, string>;
