/* Search. In English (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'search.title': 'Search the plan',
  'search.label': 'Words to search for',
  'search.hint': 'Sections, mandates, meetings, agenda items, outcomes and documents; ignoring accents and capitals.',
  'search.none': 'No results for “{query}”.',
  'search.count': '{count, plural, one {# result} other {# results}}',
  'search.shown': '{shown, plural, one {First result shown} other {First # results shown}} out of {total}: refine the search to see the others.',
  'search.kind.section': 'Sections',
  'search.kind.paragraph': 'Paragraphs',
  'search.kind.resolution': 'Resolutions',
  'search.kind.mandate': 'Mandates',
  'search.kind.meeting': 'Meetings',
  'search.kind.agendaItem': 'Agenda items',
  'search.kind.outcome': 'Item outcomes',
  'search.kind.document': 'Documents',
  'search.kind.milestone': 'Timeline',
  'search.kind.note': 'My notes',
  'search.kind.term': 'Glossary',
} satisfies Record<keyof typeof fr, string>;
