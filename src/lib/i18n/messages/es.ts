/*
 * Spanish: the first screen's two catalogs, in the one chunk fetched before the first paint,
 * and where each other feature's catalog is (a chunk of its own, loaded with its screen).
 */
export { default as shell } from './shell/es.ts';
export { default as today } from './today/es.ts';

export const later = {
  notices: () => import('./notices/es.ts'),
  translations: () => import('./translations/es.ts'),
  plan: () => import('./plan/es.ts'),
  calendar: () => import('./calendar/es.ts'),
  ical: () => import('./ical/es.ts'),
  meeting: () => import('./meeting/es.ts'),
  'plan-files': () => import('./plan-files/es.ts'),
  history: () => import('./history/es.ts'),
  search: () => import('./search/es.ts'),
  glossary: () => import('./glossary/es.ts'),
  forms: () => import('./forms/es.ts'),
  plans: () => import('./plans/es.ts'),
  personal: () => import('./personal/es.ts'),
  documents: () => import('./documents/es.ts'),
};
