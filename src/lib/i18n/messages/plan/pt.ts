/* The plan, its documents and its timeline. In Portuguese (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'plan.title': 'Plano de trabalho',
  'plan.contents': 'Sumário',
  'plan.resolution': 'Resolução',
  'plan.mandates': 'Mandatos',
  'plan.mandate': 'Mandato {n}',
  'plan.responsible': 'Área responsável',
  'plan.noResponsible': 'Nenhuma área indicada',
  'plan.toBeConfirmed': 'A confirmar',
  'plan.calendarLink': 'Ver o calendário de reuniões',
  'plan.signature': 'Assinatura',
  'mandateStatus.pending': 'Pendente',
  'mandateStatus.in-progress': 'Em andamento',
  'mandateStatus.done': 'Cumprido',
  'mandateStatus.dropped': 'Abandonado',
  'timeline.title': 'Cronologia do processo',
  'timeline.intro': 'As etapas datadas citadas no plano, da primeira reunião ministerial à terceira.',
  'timeline.yearOnly': 'em {year} (dia não indicado)',
  'documents.title': 'Documentos citados',
  'documents.citedIn': 'Citado em',
  'documents.none': 'Nenhum documento citado.',
  'plan.dueDate': 'Prazo: {date}',
} satisfies Record<keyof typeof fr, string>;
