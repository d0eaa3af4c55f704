/*
 * French: the first screen's two catalogs, in the one chunk fetched before the first paint,
 * and where each other feature's catalog is (a chunk of its own, loaded with its screen).
 */
export { default as shell } from './shell/fr.ts';
export { default as today } from './today/fr.ts';

export const later = {
  notices: () => import('./notices/fr.ts'),
  translations: () => import('./translations/fr.ts'),
  plan: () => import('./plan/fr.ts'),
  calendar: () => import('./calendar/fr.ts'),
  ical: () => import('./ical/fr.ts'),
  meeting: () => import('./meeting/fr.ts'),
  'plan-files': () => import('./plan-files/fr.ts'),
  history: () => import('./history/fr.ts'),
  search: () => import('./search/fr.ts'),
  glossary: () => import('./glossary/fr.ts'),
  forms: () => import('./forms/fr.ts'),
  plans: () => import('./plans/fr.ts'),
  personal: () => import('./personal/fr.ts'),
  documents: () => import('./documents/fr.ts'),
};
