/* The plan, its documents and its timeline. In Spanish (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'plan.title': 'Plan de trabajo',
  'plan.contents': 'Índice',
  'plan.resolution': 'Resolución',
  'plan.mandates': 'Mandatos',
  'plan.mandate': 'Mandato {n}',
  'plan.responsible': 'Área responsable',
  'plan.noResponsible': 'Ninguna área indicada',
  'plan.toBeConfirmed': 'Por confirmar',
  'plan.calendarLink': 'Ver el calendario de reuniones',
  'plan.signature': 'Firma',
  'mandateStatus.pending': 'Pendiente',
  'mandateStatus.in-progress': 'En curso',
  'mandateStatus.done': 'Cumplido',
  'mandateStatus.dropped': 'Abandonado',
  'timeline.title': 'Cronología del proceso',
  'timeline.intro': 'Las etapas fechadas que cita el plan, desde la primera reunión ministerial hasta la tercera.',
  'timeline.yearOnly': 'en {year} (día no indicado)',
  'documents.title': 'Documentos citados',
  'documents.citedIn': 'Citado en',
  'documents.none': 'Ningún documento citado.',
  'plan.dueDate': 'Fecha límite: {date}',
} satisfies Record<keyof typeof fr, string>;
