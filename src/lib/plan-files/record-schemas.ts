/*
 * valibot schemas for every record a plan file carries, mirroring src/lib/domain/types.ts.
 * Validation rebuilds each object from its schema: keys the schema does not name are
 * dropped, so nothing from the file reaches the database unless a field is meant for it.
 * Messages are interface keys ("file.dateInvalid"), translated by the interface.
 */
import * as v from 'valibot';
import { isIsoDate, isTimeZone } from '../domain/dates.ts';
import { DOCUMENT_TYPES, HASH_PATTERN, MAX_DOCUMENT_BYTES, type DocumentType } from '../domain/document-files.ts';
import type { HistoryEntry, LocalizedText, RecordTable } from '../domain/types.ts';
import { MANDATE_STATUSES, MEETING_KINDS, MEETING_STATUSES, OUTCOME_KINDS, PLAN_STATUSES } from '../domain/types.ts';
import { isId, isInstant, isLanguageTag, isPartialDate, isSafeUrl, isWallTime } from './field-rules.ts';
import { MAX_ID_LENGTH, MAX_LIST_LENGTH, MAX_STRING_LENGTH, MAX_TRANSLATIONS } from './limits.ts';

export const TextSchema = (max = MAX_STRING_LENGTH) => v.pipe(v.string(), v.maxLength(max));
const listOf = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(MAX_LIST_LENGTH));

export const IdSchema = v.pipe(v.string(), v.maxLength(MAX_ID_LENGTH), v.check(isId, 'file.idInvalid'));
export const InstantSchema = v.pipe(v.string(), v.check(isInstant, 'file.instantInvalid'));
export const DateSchema = v.pipe(v.string(), v.check(isIsoDate, 'file.dateInvalid'));
export const TimeSchema = v.pipe(v.string(), v.check(isWallTime, 'file.timeInvalid'));
export const ZoneSchema = v.pipe(v.string(), v.maxLength(100), v.check(isTimeZone, 'file.zoneUnknown'));
const LanguageSchema = v.pipe(v.string(), v.maxLength(35), v.check(isLanguageTag, 'file.languageInvalid'));
export const UrlSchema = v.pipe(v.string(), v.maxLength(2_000), v.check(isSafeUrl, 'file.urlInvalid'));
const OrderSchema = v.pipe(v.number(), v.finite());
/** A UTC offset in minutes east of UTC (real ones lie between −12:00 and +14:00). */
const OffsetSchema = v.pipe(v.number(), v.integer(), v.minValue(-1_440), v.maxValue(1_440));

export const LocalizedTextSchema = v.object({
  lang: LanguageSchema,
  text: TextSchema(),
  translations: v.optional(v.pipe(v.record(LanguageSchema, TextSchema()), v.maxEntries(MAX_TRANSLATIONS))),
}) satisfies v.GenericSchema<unknown, LocalizedText>;

const stamped = { id: IdSchema, updatedAt: InstantSchema };
const owned = { ...stamped, planId: IdSchema };
const optionalText = v.optional(LocalizedTextSchema);

const PlanSchema = v.object({
  ...stamped,
  title: LocalizedTextSchema,
  shortTitle: LocalizedTextSchema,
  body: LocalizedTextSchema,
  language: LanguageSchema,
  timeZone: ZoneSchema,
  chair: v.optional(v.object({ name: TextSchema(1_000), role: optionalText })),
  status: v.picklist(PLAN_STATUSES),
  seedKey: v.optional(TextSchema(100)),
  createdAt: InstantSchema,
});

const SectionSchema = v.object({
  ...owned,
  parentId: v.nullable(IdSchema),
  order: OrderSchema,
  number: v.optional(TextSchema(50)),
  heading: LocalizedTextSchema,
  paragraphs: listOf(v.object({ id: IdSchema, text: LocalizedTextSchema })),
  signature: v.optional(listOf(LocalizedTextSchema)),
});

const ResolutionSchema = v.object({
  ...owned,
  order: OrderSchema,
  sectionId: v.optional(IdSchema),
  symbol: TextSchema(1_000),
  title: LocalizedTextSchema,
  note: optionalText,
});

const MandateSchema = v.object({
  ...owned,
  resolutionId: IdSchema,
  order: OrderSchema,
  text: LocalizedTextSchema,
  responsible: listOf(LocalizedTextSchema),
  status: v.picklist(MANDATE_STATUSES),
  toBeConfirmed: v.boolean(),
  confirmationNote: optionalText,
  dueDate: v.optional(DateSchema),
});

const MeetingSchema = v.object({
  ...owned,
  kind: v.picklist(MEETING_KINDS),
  title: optionalText,
  startDate: DateSchema,
  endDate: v.optional(DateSchema),
  startTime: v.optional(TimeSchema),
  endTime: v.optional(TimeSchema),
  timeZone: ZoneSchema,
  place: optionalText,
  status: v.picklist(MEETING_STATUSES),
  sequence: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
  sourceSectionId: v.optional(IdSchema),
  currentItemId: v.optional(IdSchema),
  startOffset: v.optional(OffsetSchema),
  endOffset: v.optional(OffsetSchema),
  notes: optionalText,
});

const AgendaItemSchema = v.object({
  ...owned,
  meetingId: IdSchema,
  order: OrderSchema,
  text: LocalizedTextSchema,
  outcome: v.optional(v.object({ kind: v.picklist(OUTCOME_KINDS), note: optionalText, recordedAt: InstantSchema })),
});

const DocumentRefSchema = v.object({
  ...owned,
  symbol: TextSchema(1_000),
  title: optionalText,
  citedIn: listOf(
    v.object({
      kind: v.picklist(['section', 'resolution', 'mandate', 'milestone', 'meeting'] as const),
      id: IdSchema,
    }),
  ),
  // Its texts, by hash: what each file is, never its bytes (domain/document-files.ts).
  files: v.optional(
    v.pipe(
      v.array(
        v.object({
          hash: v.pipe(v.string(), v.regex(HASH_PATTERN, 'file.documentFileInvalid')),
          lang: LanguageSchema,
          name: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
          type: v.picklist(Object.keys(DOCUMENT_TYPES) as DocumentType[], 'file.documentFileInvalid'),
          size: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_DOCUMENT_BYTES)),
          date: InstantSchema,
        }),
      ),
      v.maxLength(MAX_TRANSLATIONS),
      v.check((files) => new Set(files.map((f) => f.lang.toLowerCase())).size === files.length, 'file.documentFileInvalid'),
    ),
  ),
});

const MilestoneSchema = v.object({
  ...owned,
  date: v.pipe(v.string(), v.check(isPartialDate, 'file.partialDateInvalid')),
  title: LocalizedTextSchema,
  place: optionalText,
  sourceSectionId: v.optional(IdSchema),
});

export const PlanBundleSchema = v.object({
  plan: PlanSchema,
  sections: listOf(SectionSchema),
  resolutions: listOf(ResolutionSchema),
  mandates: listOf(MandateSchema),
  meetings: listOf(MeetingSchema),
  agendaItems: listOf(AgendaItemSchema),
  documents: listOf(DocumentRefSchema),
  milestones: listOf(MilestoneSchema),
});

/** The schema of the records each table holds: what a history entry's before/after must be. */
const RECORD_SCHEMAS = {
  plans: PlanSchema,
  sections: SectionSchema,
  resolutions: ResolutionSchema,
  mandates: MandateSchema,
  meetings: MeetingSchema,
  agendaItems: AgendaItemSchema,
  documents: DocumentRefSchema,
  milestones: MilestoneSchema,
} as const satisfies Record<RecordTable, v.GenericSchema>;

function historyEntryOf<K extends RecordTable>(table: K) {
  const record = RECORD_SCHEMAS[table];
  return v.object({
    planId: IdSchema,
    batch: IdSchema,
    command: TextSchema(100),
    at: InstantSchema,
    table: v.literal(table),
    recordId: IdSchema,
    op: v.picklist(['create', 'update', 'delete'] as const),
    before: v.optional(record),
    after: v.optional(record),
    undone: v.optional(v.boolean()),
  });
}

/** A history entry, its before/after checked against its table's record schema. No `seq`: it is local. */
export const HistoryEntrySchema = v.variant('table', [
  historyEntryOf('plans'),
  historyEntryOf('sections'),
  historyEntryOf('resolutions'),
  historyEntryOf('mandates'),
  historyEntryOf('meetings'),
  historyEntryOf('agendaItems'),
  historyEntryOf('documents'),
  historyEntryOf('milestones'),
]) satisfies v.GenericSchema<unknown, HistoryEntry>;
