/* The glossary and the documents cited. In Spanish (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'glossary.title': 'Glosario y referencias',
  'glossary.link': 'Glosario de siglas',
  'glossary.intro':
    'Las siglas empleadas en este plan, su significado y cada lugar donde aparecen. El desarrollo de una sigla es una referencia general, salvo cuando el propio plan lo da.',
  'glossary.acronyms': 'Siglas',
  'glossary.none': 'Ninguna sigla del glosario aparece en este plan.',
  'glossary.spelledOut': 'Desarrollada en el plan: «{name}».',
  'glossary.reference': 'No desarrollada en el plan: desarrollo de referencia, que no forma parte del texto del plan.',
  'glossary.namedAs': 'El plan emplea el nombre «{name}».',
  'glossary.forms': 'Formas empleadas: {forms}',
  'glossary.citedIn': '{count, plural, one {Citada en # lugar:} other {Citada en # lugares:}}',
  'glossary.place.responsible': 'responsables',
  'glossary.place.signature': 'firma',
  'glossary.place.agendaItem': 'orden del día',
  'glossary.documents': 'Signaturas de documentos',
  'glossary.documentsIntro': 'Cada documento que cita el plan, con los lugares que lo citan, en la página de documentos:',
  'glossary.documentsNone': 'Este plan no cita ningún documento.',
} satisfies Record<keyof typeof fr, string>;
