/* Search. In French: these keys are the ones every language has. */
export default {
  'search.title': 'Rechercher dans le plan',
  'search.label': 'Mots à chercher',
  'search.hint': 'Sections, mandats, réunions, points de l’ordre du jour, résultats et documents ; sans tenir compte des accents ni des majuscules.',
  'search.none': 'Aucun résultat pour « {query} ».',
  'search.count': '{count, plural, one {# résultat} other {# résultats}}',
  'search.shown':
    '{shown, plural, one {# premier résultat affiché} other {# premiers résultats affichés}} sur {total} : précisez la recherche pour voir les autres.',
  'search.kind.section': 'Sections',
  'search.kind.paragraph': 'Paragraphes',
  'search.kind.resolution': 'Résolutions',
  'search.kind.mandate': 'Mandats',
  'search.kind.meeting': 'Réunions',
  'search.kind.agendaItem': 'Points de l’ordre du jour',
  'search.kind.outcome': 'Résultats des points',
  'search.kind.document': 'Documents',
  'search.kind.milestone': 'Chronologie',
  'search.kind.note': 'Mes notes',
  'search.kind.term': 'Glossaire',
};
