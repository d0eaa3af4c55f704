/*
 * Plan files, as one module the interface loads when the user first exports or opens a file
 * (`await import('./lib/plan-files')`): valibot and the checks stay out of the first load.
 * The .ics import is separate: `await import('../ical/ics-off-thread.ts')` (ical.js in its worker).
 * backup.ts is small and dependency-free, for a first-screen "back up" reminder.
 */
export { FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES, type PlanFile, type PlanFileEntry } from './format.ts';
export type { FileMessageKey, FileProblem } from './problems.ts';
export { readPlanFile, type ReadResult } from './read-file.ts';
export { readPlanFileOffThread } from './read-off-thread.ts';
export type { OnProgress, Progress, ProgressStep } from './progress.ts';
export {
  backupStatus,
  exportPlans,
  ExportTooLargeError,
  planFileName,
  PLAN_FILE_TYPE,
  recordBackup,
  type BackupStatus,
  type ExportOptions,
  type ExportResult,
} from './export-store.ts';
export {
  previewImport,
  type Conflict,
  type ImportPreview,
  type NewPlanPreview,
  type PlanPreview,
  type RecordRef,
  type TextChange,
  type UpdatePreview,
} from './preview-store.ts';
export type { ScheduleChange } from './schedule.ts';
export {
  applyImport,
  IMPORT_COMMAND,
  ImportRefusedError,
  PreviewOutdatedError,
  UnverifiedFileError,
  type ImportChoices,
  type ImportSummary,
  type PlanImportSummary,
} from './apply-store.ts';
