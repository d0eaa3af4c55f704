/*
 * Portuguese: the first screen's two catalogs, in the one chunk fetched before the first paint,
 * and where each other feature's catalog is (a chunk of its own, loaded with its screen).
 */
export { default as shell } from './shell/pt.ts';
export { default as today } from './today/pt.ts';

export const later = {
  notices: () => import('./notices/pt.ts'),
  translations: () => import('./translations/pt.ts'),
  plan: () => import('./plan/pt.ts'),
  calendar: () => import('./calendar/pt.ts'),
  ical: () => import('./ical/pt.ts'),
  meeting: () => import('./meeting/pt.ts'),
  'plan-files': () => import('./plan-files/pt.ts'),
  history: () => import('./history/pt.ts'),
  search: () => import('./search/pt.ts'),
  glossary: () => import('./glossary/pt.ts'),
  forms: () => import('./forms/pt.ts'),
  plans: () => import('./plans/pt.ts'),
  personal: () => import('./personal/pt.ts'),
  documents: () => import('./documents/pt.ts'),
};
