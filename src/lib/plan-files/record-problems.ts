/*
 * A file's records against the rules the forms apply (domain/record-rules.ts): each field
 * error becomes a FileProblem at that field's place in the file ("...meetings[3].endTime"),
 * with the file's wording of the same rule. One set of rules: a record a form would refuse
 * is refused in a file too, and a rule added to a form reaches the files by itself.
 */
import { recordErrors } from '../domain/record-rules.ts';
import type { RecordTable } from '../domain/types.ts';
import type { ValidationKey, ValidationMessage } from '../domain/validation.ts';
import { joinPath, problem, quote, type FileMessageKey, type FileProblem } from './problems.ts';

/**
 * The file message for each form message. Those the schema always catches first (a choice, a
 * zone, a language) still get one, so that a new form rule cannot go without.
 */
const FILE_KEYS: Record<ValidationKey, FileMessageKey> = {
  'validation.required': 'file.textRequired',
  'validation.tooLong': 'file.tooLong',
  'validation.dateInvalid': 'file.dateInvalid',
  'validation.endBeforeStart': 'file.endBeforeStart',
  'validation.timeInvalid': 'file.timeInvalid',
  'validation.endTimeNeedsStart': 'file.endTimeNeedsStart',
  'validation.endTimeBeforeStart': 'file.endTimeBeforeStart',
  'validation.timeNeedsZone': 'file.required',
  'validation.zoneUnknown': 'file.zoneUnknown',
  'validation.languageInvalid': 'file.languageInvalid',
  'validation.choiceInvalid': 'file.invalid',
  'validation.referenceUnknown': 'file.invalid',
  'validation.timeSkipped': 'file.timeSkipped',
  'validation.timeTwice': 'file.timeTwice',
  'validation.timeTwiceLaterDay': 'file.timeTwiceLaterDay',
  'validation.offsetInvalid': 'file.offsetInvalid',
};

/** "paragraphs.2.text" (a form's field path) as "paragraphs[2].text" (a path in the file). */
export function fieldPath(field: string): string {
  return field.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

function fileProblem(path: string, message: ValidationMessage): FileProblem {
  const params = message.params ? Object.fromEntries(Object.entries(message.params).map(([k, v]) => [k, typeof v === 'string' ? quote(v) : v])) : undefined;
  return problem(path, FILE_KEYS[message.key], params);
}

/** What a form would refuse in `record` (of `table`), at `path` in the file. */
export function recordProblems(table: RecordTable, record: unknown, path: string): FileProblem[] {
  const errors = recordErrors(table, record as never);
  return Object.entries(errors).map(([field, message]) => fileProblem(joinPath(path, fieldPath(field)), message!));
}
