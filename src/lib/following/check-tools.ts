/* What a check of a followed plan needs, as one chunk loaded with the first check (state/following.ts): the check and the plan files' reader, preview and import. */
export { checkFollowed } from './check-store.ts';
export { applyImport } from '../plan-files/apply-store.ts';
export { previewImport } from '../plan-files/preview-store.ts';
export { readPlanFileOffThread } from '../plan-files/read-off-thread.ts';
