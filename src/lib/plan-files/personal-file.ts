/*
 * The personal backup file: the only way the user's own marks and notes (domain/personal.ts)
 * leave the device. A format of its own ("quorum-personal", versioned), never mixed with plan
 * files, so a plan file sent to others can never carry a note. Read like a plan file, since it
 * may be an old copy or a stranger's file: size before reading, strict UTF-8, JSON without
 * prototype keys or deep nesting, the header, then a valibot schema that rebuilds every entry
 * (unknown keys dropped, every text bounded), and no entry twice. Nothing here writes.
 */
import * as v from 'valibot';
import { MAX_NOTE_LENGTH, PERSONAL_KINDS, type Mark, type Note } from '../domain/personal.ts';
import { MEETING_STATUSES, type Instant } from '../domain/types.ts';
import { parseJsonText } from './json-text.ts';
import { capProblems, problem, problemFromIssue, quote, type FileProblem } from './problems.ts';
import { readText } from './read-file.ts';
import { DateSchema, IdSchema, InstantSchema, LocalizedTextSchema, TextSchema, TimeSchema, ZoneSchema } from './record-schemas.ts';
import { FORMAT_NAME } from './format.ts';

export const PERSONAL_FORMAT = 'quorum-personal';
export const PERSONAL_VERSION = 1;
/** Largest personal backup read (20 MB: a thousand long pages of notes). */
export const MAX_PERSONAL_BYTES = 20 * 1024 * 1024;
/** Marks, and notes, in one file. */
const MAX_PERSONAL_ENTRIES = 100_000;

export type PersonalFile = {
  format: typeof PERSONAL_FORMAT;
  version: typeof PERSONAL_VERSION;
  exportedAt: Instant;
  app?: string;
  marks: Mark[];
  notes: Note[];
};

const key = { planId: IdSchema, recordId: IdSchema, kind: v.picklist(PERSONAL_KINDS) };
const SnapshotSchema = v.object({
  startDate: DateSchema,
  endDate: v.optional(DateSchema),
  startTime: v.optional(TimeSchema),
  endTime: v.optional(TimeSchema),
  timeZone: ZoneSchema,
  status: v.picklist(MEETING_STATUSES),
  title: v.optional(LocalizedTextSchema),
});
const listOf = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(MAX_PERSONAL_ENTRIES));

const PersonalFileSchema = v.object({
  format: v.literal(PERSONAL_FORMAT),
  version: v.literal(PERSONAL_VERSION),
  exportedAt: InstantSchema,
  app: v.optional(TextSchema(200)),
  marks: listOf(
    v.object({
      ...key,
      markedAt: InstantSchema,
      seen: v.nullable(SnapshotSchema),
      itemText: v.optional(LocalizedTextSchema),
      lastSeen: v.optional(SnapshotSchema),
    }),
  ),
  notes: listOf(v.object({ ...key, text: TextSchema(MAX_NOTE_LENGTH), updatedAt: InstantSchema })),
});

type SchemaOutput = v.InferOutput<typeof PersonalFileSchema>;
const _schemaMatchesTypes: SchemaOutput extends PersonalFile ? true : never = true;

export type PersonalReadResult = { ok: true; file: PersonalFile } | { ok: false; problems: FileProblem[] };

export async function readPersonalFile(input: Blob | string): Promise<PersonalReadResult> {
  const size = typeof input === 'string' ? input.length : input.size;
  if (size > MAX_PERSONAL_BYTES) return fail([problem('', 'file.tooLarge', { size: Math.ceil(size / 2 ** 20), max: MAX_PERSONAL_BYTES / 2 ** 20 })]);
  const text = await readText(input);
  if (typeof text !== 'string') return fail([text]);
  const json = parseJsonText(text);
  return json.ok ? checkPersonalValue(json.value) : fail(json.problems);
}

function checkPersonalValue(value: unknown): PersonalReadResult {
  const header = checkHeader(value);
  if (header) return fail([header]);
  const parsed = v.safeParse(PersonalFileSchema, value);
  if (!parsed.success) return fail(parsed.issues.map((issue) => problemFromIssue(issue)));
  const file = parsed.output;
  const problems = [...duplicates(file.marks, 'marks'), ...duplicates(file.notes, 'notes')];
  return problems.length ? fail(problems) : { ok: true, file };
}

function checkHeader(value: unknown): FileProblem | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem('', 'file.notPersonalFile');
  const { format, version } = value as Record<string, unknown>;
  if (format === FORMAT_NAME) return problem('format', 'file.isPlanFile');
  if (format !== PERSONAL_FORMAT) return problem('format', 'file.notPersonalFile');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return problem('version', 'file.versionInvalid', { found: quote(version) });
  if (version > PERSONAL_VERSION) return problem('version', 'file.personalNewer', { version, supported: PERSONAL_VERSION });
  return undefined;
}

/** Two entries for one record would make the restore depend on their order: refused. */
function duplicates(entries: readonly { planId: string; recordId: string }[], list: string): FileProblem[] {
  const seen = new Set<string>();
  return entries.flatMap((entry, i) => {
    const id = JSON.stringify([entry.planId, entry.recordId]);
    if (!seen.has(id)) return (seen.add(id), []);
    return [problem(`${list}[${i}]`, 'file.personalDuplicate', { value: quote(entry.recordId) })];
  });
}

function fail(problems: readonly FileProblem[]): PersonalReadResult {
  return { ok: false, problems: capProblems(problems) };
}
