/*
 * The index of a published site (`index.json`): the plans it holds, each with its version
 * (the time of its latest change), the SHA-256 of its plan file, and where its files are; and
 * who signs its plan files, with the public key (the same as in each file's signature).
 * Followers read it to see what changed; publishing into a folder that already holds a site
 * keeps the other plans it lists. An index found in such a folder is someone else's file: it
 * is validated, and one this app cannot read stops the publishing before anything is written.
 */
import * as v from 'valibot';
import type { PublicKeyJwk } from '../domain/trust.ts';
import type { Id, Instant, LocalizedText } from '../domain/types.ts';
import { IdSchema, InstantSchema, LocalizedTextSchema } from '../plan-files/record-schemas.ts';

const SITE_FORMAT = 'quorum-site';
const SITE_FORMAT_VERSION = 1;

export type SitePlan = {
  id: Id;
  title: LocalizedText;
  shortTitle: LocalizedText;
  /** When the plan last changed: the latest `updatedAt` of its records. */
  version: Instant;
  /** SHA-256 of the plan file's bytes, lowercase hex. */
  sha256: string;
  bytes: number;
  meetings: number;
  /** Paths relative to the site's folder (site-paths.ts). */
  planFile: string;
  /** Absent when the plan has no meeting: a calendar needs one event (RFC 5545). */
  calendar?: string;
};

/** Who signs the site's plan files, and the key their signatures check against (plan-files/signature.ts). */
export type SitePublisher = { name: string; key: PublicKeyJwk; thumbprint: string };

export type SiteIndex = {
  format: typeof SITE_FORMAT;
  version: typeof SITE_FORMAT_VERSION;
  publishedAt: Instant;
  app?: string;
  publisher?: SitePublisher;
  plans: SitePlan[];
};

const PathSchema = v.pipe(
  v.string(),
  v.maxLength(300),
  v.regex(/^plans\/[A-Za-z0-9_-]+\/[A-Za-z0-9_./-]+$/),
  v.check((p) => !p.includes('..')),
);

const SitePlanSchema = v.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  shortTitle: LocalizedTextSchema,
  version: InstantSchema,
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  meetings: v.pipe(v.number(), v.integer(), v.minValue(0)),
  planFile: PathSchema,
  calendar: v.optional(PathSchema),
});

const SiteIndexSchema = v.object({
  format: v.literal(SITE_FORMAT),
  version: v.literal(SITE_FORMAT_VERSION),
  publishedAt: InstantSchema,
  app: v.optional(v.pipe(v.string(), v.maxLength(200))),
  publisher: v.optional(
    v.object({
      name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
      key: v.object({ kty: v.literal('EC'), crv: v.literal('P-256'), x: v.pipe(v.string(), v.maxLength(64)), y: v.pipe(v.string(), v.maxLength(64)) }),
      thumbprint: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
    }),
  ),
  plans: v.pipe(v.array(SitePlanSchema), v.maxLength(1_000)),
});

/** Why an index could not be read: not JSON, not a site index, or one of a newer app. */
export type SiteIndexProblem = 'notJson' | 'notIndex' | 'newer';

export function readSiteIndex(text: string): { ok: true; index: SiteIndex } | { ok: false; problem: SiteIndexProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  const head = value as { format?: unknown; version?: unknown } | null;
  if (head?.format === SITE_FORMAT && typeof head.version === 'number' && head.version > SITE_FORMAT_VERSION) return { ok: false, problem: 'newer' };
  const parsed = v.safeParse(SiteIndexSchema, value);
  return parsed.success ? { ok: true, index: parsed.output } : { ok: false, problem: 'notIndex' };
}

/** `previous` with `published` in: a plan already listed keeps its place, a new one comes last. */
export function mergeSiteIndex(
  previous: SiteIndex | undefined,
  published: readonly SitePlan[],
  publishedAt: Instant,
  app?: string,
  publisher?: SitePublisher,
): SiteIndex {
  const fresh = new Map(published.map((p) => [p.id, p]));
  const kept = (previous?.plans ?? []).map((p) => fresh.get(p.id) ?? p);
  const added = published.filter((p) => !previous?.plans.some((old) => old.id === p.id));
  // The publisher of this publishing only: an unsigned one names none, whoever signed before.
  return {
    format: SITE_FORMAT,
    version: SITE_FORMAT_VERSION,
    publishedAt,
    ...(app ? { app } : {}),
    ...(publisher ? { publisher } : {}),
    plans: [...kept, ...added],
  };
}
