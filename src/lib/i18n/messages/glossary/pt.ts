/* The glossary and the documents cited. In Portuguese (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'glossary.title': 'Glossário e referências',
  'glossary.link': 'Glossário de siglas',
  'glossary.intro':
    'As siglas usadas neste plano, o seu significado e cada lugar onde aparecem. O desenvolvimento de uma sigla é uma referência geral, exceto quando o próprio plano o dá.',
  'glossary.acronyms': 'Siglas',
  'glossary.none': 'Nenhuma sigla do glossário aparece neste plano.',
  'glossary.spelledOut': 'Desenvolvida no plano: “{name}”.',
  'glossary.reference': 'Não desenvolvida no plano: desenvolvimento de referência, que não faz parte do texto do plano.',
  'glossary.namedAs': 'O plano usa o nome “{name}”.',
  'glossary.forms': 'Formas usadas: {forms}',
  'glossary.citedIn': '{count, plural, one {Citada em # lugar:} other {Citada em # lugares:}}',
  'glossary.place.responsible': 'responsáveis',
  'glossary.place.signature': 'assinatura',
  'glossary.place.agendaItem': 'ordem do dia',
  'glossary.documents': 'Símbolos de documentos',
  'glossary.documentsIntro': 'Cada documento citado pelo plano, com os lugares que o citam, na página de documentos:',
  'glossary.documentsNone': 'Este plano não cita nenhum documento.',
} satisfies Record<keyof typeof fr, string>;
