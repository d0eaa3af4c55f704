/* The calendar of meetings. In French: these keys are the ones every language has. */
export default {
  'calendar.title': 'Calendrier des réunions',
  'calendar.empty': 'Aucune réunion dans ce plan.',
  'calendar.noAgenda': 'Pas d’ordre du jour indiqué.',
  'calendar.open': 'Ouvrir la réunion',
  'calendar.months': 'Mois du calendrier',
  'calendar.earlier': 'Mois précédents',
  'calendar.later': 'Mois suivants',
  'calendar.jump': 'Aller au mois',
  'calendar.go': 'Afficher',
  'calendar.monthOption': '{month} ({count, plural, one {# réunion} other {# réunions}})',
  'calendar.shown': 'Réunions affichées : {shown} sur {total}',
};
