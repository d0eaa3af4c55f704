/* Search. In Portuguese (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'search.title': 'Pesquisar no plano',
  'search.label': 'Palavras a pesquisar',
  'search.hint': 'Seções, mandatos, reuniões, itens da ordem do dia, resultados e documentos; sem levar em conta acentos nem maiúsculas.',
  'search.none': 'Nenhum resultado para “{query}”.',
  'search.count': '{count, plural, one {# resultado} other {# resultados}}',
  'search.shown':
    '{shown, plural, one {Exibido o primeiro resultado} other {Exibidos os # primeiros resultados}} de {total}: refine a pesquisa para ver os outros.',
  'search.kind.section': 'Seções',
  'search.kind.paragraph': 'Parágrafos',
  'search.kind.resolution': 'Resoluções',
  'search.kind.mandate': 'Mandatos',
  'search.kind.meeting': 'Reuniões',
  'search.kind.agendaItem': 'Itens da ordem do dia',
  'search.kind.outcome': 'Resultados dos itens',
  'search.kind.document': 'Documentos',
  'search.kind.milestone': 'Cronologia',
  'search.kind.note': 'Minhas notas',
  'search.kind.term': 'Glossário',
} satisfies Record<keyof typeof fr, string>;
