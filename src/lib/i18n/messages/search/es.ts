/* Search. In Spanish (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'search.title': 'Buscar en el plan',
  'search.label': 'Palabras que buscar',
  'search.hint': 'Secciones, mandatos, reuniones, puntos del orden del día, resultados y documentos; sin distinguir acentos ni mayúsculas.',
  'search.none': 'Ningún resultado para «{query}».',
  'search.count': '{count, plural, one {# resultado} other {# resultados}}',
  'search.shown':
    '{shown, plural, one {Se muestra el primer resultado} other {Se muestran los # primeros resultados}} de {total}: precise la búsqueda para ver los demás.',
  'search.kind.section': 'Secciones',
  'search.kind.paragraph': 'Párrafos',
  'search.kind.resolution': 'Resoluciones',
  'search.kind.mandate': 'Mandatos',
  'search.kind.meeting': 'Reuniones',
  'search.kind.agendaItem': 'Puntos del orden del día',
  'search.kind.outcome': 'Resultados de los puntos',
  'search.kind.document': 'Documentos',
  'search.kind.milestone': 'Cronología',
  'search.kind.note': 'Mis notas',
  'search.kind.term': 'Glosario',
} satisfies Record<keyof typeof fr, string>;
