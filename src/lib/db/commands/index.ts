/*
 * Every way the interface changes stored data. Each command validates its input (throwing a
 * ValidationError with messages by field and writing nothing), runs in one transaction and
 * writes its history entries in that transaction. `now` is a parameter for tests only.
 */
export * from './agenda-commands.ts';
export * from './document-commands.ts';
export * from './document-file-commands.ts';
export * from './mandate-commands.ts';
export * from './meeting-commands.ts';
export * from './paragraph-commands.ts';
export * from './plan-commands.ts';
export * from './resolution-commands.ts';
export * from './section-commands.ts';
export * from './undo-commands.ts';
export { OtherPlanError, ReadingModeError, RecordChangedError, RecordNotFoundError, ValidationError } from './errors.ts';
export * from './translation-commands.ts';
export * from './personal-commands.ts';
export * from './follow-commands.ts';
export * from './publisher-commands.ts';
export * from './shared-commands.ts';
