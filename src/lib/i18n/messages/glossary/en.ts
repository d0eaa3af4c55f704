/* The glossary and the documents cited. In English (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'glossary.title': 'Glossary and references',
  'glossary.link': 'Glossary of acronyms',
  'glossary.intro':
    'The acronyms used in this plan, what they stand for and every place they appear. An expansion is general reference, except where the plan gives it itself.',
  'glossary.acronyms': 'Acronyms',
  'glossary.none': 'No acronym of the glossary appears in this plan.',
  'glossary.spelledOut': 'Spelled out in the plan: “{name}”.',
  'glossary.reference': 'Not spelled out in the plan: reference expansion, not part of the plan’s text.',
  'glossary.namedAs': 'The plan uses the name “{name}”.',
  'glossary.forms': 'Forms used: {forms}',
  'glossary.citedIn': '{count, plural, one {Cited in # place:} other {Cited in # places:}}',
  'glossary.place.responsible': 'responsible',
  'glossary.place.signature': 'signature',
  'glossary.place.agendaItem': 'agenda',
  'glossary.documents': 'Document symbols',
  'glossary.documentsIntro': 'Every document the plan cites, with the places that cite it, on the documents page:',
  'glossary.documentsNone': 'This plan cites no document.',
} satisfies Record<keyof typeof fr, string>;
