/* The personal backup, as one module the interface loads when the user first saves or restores one (valibot stays out of the screen's chunk). */
export { readPersonalFile, type PersonalFile } from './personal-file.ts';
export { exportPersonal, previewPersonal, restorePersonal, type PersonalPreview } from './personal-store.ts';
