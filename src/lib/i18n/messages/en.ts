/*
 * English: the first screen's two catalogs, in the one chunk fetched before the first paint,
 * and where each other feature's catalog is (a chunk of its own, loaded with its screen).
 */
export { default as shell } from './shell/en.ts';
export { default as today } from './today/en.ts';

export const later = {
  notices: () => import('./notices/en.ts'),
  translations: () => import('./translations/en.ts'),
  plan: () => import('./plan/en.ts'),
  calendar: () => import('./calendar/en.ts'),
  ical: () => import('./ical/en.ts'),
  meeting: () => import('./meeting/en.ts'),
  'plan-files': () => import('./plan-files/en.ts'),
  history: () => import('./history/en.ts'),
  search: () => import('./search/en.ts'),
  glossary: () => import('./glossary/en.ts'),
  forms: () => import('./forms/en.ts'),
  plans: () => import('./plans/en.ts'),
  personal: () => import('./personal/en.ts'),
  documents: () => import('./documents/en.ts'),
};
