/* The plan, its documents and its timeline. In English (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'plan.title': 'Work plan',
  'plan.contents': 'Contents',
  'plan.resolution': 'Resolution',
  'plan.mandates': 'Mandates',
  'plan.mandate': 'Mandate {n}',
  'plan.responsible': 'Responsible area',
  'plan.noResponsible': 'No area specified',
  'plan.toBeConfirmed': 'To be confirmed',
  'plan.calendarLink': 'See the meeting calendar',
  'plan.signature': 'Signature',
  'mandateStatus.pending': 'Pending',
  'mandateStatus.in-progress': 'In progress',
  'mandateStatus.done': 'Done',
  'mandateStatus.dropped': 'Dropped',
  'timeline.title': 'Timeline of the process',
  'timeline.intro': 'The dated steps cited in the plan, from the first ministerial meeting to the third.',
  'timeline.yearOnly': 'in {year} (day not specified)',
  'documents.title': 'Documents cited',
  'documents.citedIn': 'Cited in',
  'documents.none': 'No documents cited.',
  'plan.dueDate': 'Due: {date}',
} satisfies Record<keyof typeof fr, string>;
