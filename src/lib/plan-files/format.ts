/*
 * The plan file: how plans travel between devices without a server (e-mail, messaging app,
 * USB stick) and how a delegate keeps backups. One JSON document with a format name and a
 * version, holding whole plan bundles and, optionally, their change history. The caps below
 * bound what a file may make the app read and store, since a file can come from anyone.
 * The format is documented in docs/plan-file-format.md; change both together.
 */
import * as v from 'valibot';
import type { SignatureCheck } from '../domain/trust.ts';
import type { HistoryEntry, Instant, PlanBundle } from '../domain/types.ts';
import { MAX_HISTORY_ENTRIES, MAX_PLANS } from './limits.ts';
import { HistoryEntrySchema, InstantSchema, PlanBundleSchema, TextSchema, UrlSchema } from './record-schemas.ts';

export const FORMAT_NAME = 'quorum-plan';
/** Version 1: no milestones, texts as plain strings. Version 2: the current shape. */
export const FORMAT_VERSION = 2;
export const OLDEST_FORMAT_VERSION = 1;

export * from './limits.ts';

export type PlanFileEntry = { bundle: PlanBundle; history?: HistoryEntry[] };

export type PlanFile = {
  format: typeof FORMAT_NAME;
  version: typeof FORMAT_VERSION;
  exportedAt: Instant;
  /** Name and version of the app that wrote the file, e.g. "Quorum 0.1.0". */
  app?: string;
  /** How to reach the sender: an http(s) page, a mailto: address or a tel: number. */
  contact?: string;
  plans: PlanFileEntry[];
  /**
   * Who signed the file and whether the signature holds (signature.ts): set by the reader from
   * the file's `signature`, never written into a file (the schema leaves it out).
   */
  checkedSignature?: SignatureCheck;
};

export const PlanFileSchema = v.object({
  format: v.literal(FORMAT_NAME),
  version: v.literal(FORMAT_VERSION),
  exportedAt: InstantSchema,
  app: v.optional(TextSchema(200)),
  contact: v.optional(UrlSchema),
  plans: v.pipe(
    v.array(
      v.object({
        bundle: PlanBundleSchema,
        history: v.optional(v.pipe(v.array(HistoryEntrySchema), v.maxLength(MAX_HISTORY_ENTRIES))),
      }),
    ),
    v.minLength(1, 'file.noPlans'),
    v.maxLength(MAX_PLANS),
  ),
});

// The schema's output must be a PlanFile: a change to the domain types that the schema
// does not follow fails the type check here.
type SchemaOutput = v.InferOutput<typeof PlanFileSchema>;
const _schemaMatchesTypes: SchemaOutput extends PlanFile ? true : never = true;
