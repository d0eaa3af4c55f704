/*
 * A plan's published site, as files: the plan file, its calendar feed, one .ics per meeting,
 * and the site's index (site-paths.ts for the layout). Pure, and free of the browser: the
 * Publish button (components/publishing) and `npm run publish` in Node (scripts/publish.mjs)
 * run this same code.
 * Publishing the same plan twice gives the same bytes: each file is dated by the plan's own
 * version (its latest change), never by the clock, so an unchanged plan stays unchanged for
 * the caches and validators of whatever serves it.
 * The documents' texts held here go beside the plan file under their hash (domain/document-files.ts),
 * so a follower fetches a file once, and the plan file itself only names them.
 * The plan file holds the plan only: no history, and never the user's own marks or notes
 * (they are not in a bundle at all). With a signer, each plan file is signed and the index
 * names the publisher and its public key. An ECDSA signature differs at each signing, so a
 * signed file already in the folder published into is kept when its plan is unchanged.
 */
import type { PlanBundle } from '../domain/types.ts';
import { planVersion } from '../domain/plan-version.ts';
import { buildCalendar } from '../ical/build-calendar.ts';
import { ICAL_WORDS } from '../i18n/ics-words.ts';
import type { Language } from '../i18n/index.ts';
import { planFileText } from '../plan-files/file-text.ts';
import { sha256Hex } from '../plan-files/sha256.ts';
import { filesOf, publishedName } from '../domain/document-files.ts';
import { FORMAT_NAME, FORMAT_VERSION, type PlanFile } from '../plan-files/format.ts';
import { signedAlready, signFile, thumbprint, type FileSigner } from '../plan-files/signature.ts';
import { mergeSiteIndex, type SiteIndex, type SitePlan } from './site-index.ts';
import { meetingPaths, SITE_INDEX_PATH, sitePaths } from './site-paths.ts';

/** `named`: the path names the content (a document's hash): a file already at that path is the same file. */
export type SiteFile = { path: string; type: string; bytes: Uint8Array; named?: true };

export type PublishInput = {
  bundles: readonly PlanBundle[];
  /** The index already in the folder published into, if any: its other plans stay listed. */
  previous?: SiteIndex;
  /** The app's address: each event then links to its meeting's page. */
  appBaseUrl?: string;
  /** How often calendars should fetch the feed again; one hour unless said. */
  refreshSeconds?: number;
  /** Name and version of the app, written into the files. */
  app: string;
  /** When the site is published: the index's date (the plans' files carry their own). */
  now: Date;
  /** Who signs the plan files (plan-files/signature.ts); unsigned without one. */
  signer?: FileSigner;
  /** The text of a file already at `path` where the site is published, if any. */
  existing?: (path: string) => Promise<string | undefined>;
  /**
   * The bytes of a document's file held here (by hash): each is published beside its plan file
   * as plans/<plan>/documents/<hash>.<ext>. A file not held here is left out, and its plan
   * still names it.
   */
  documentBytes?: (hash: string) => Promise<Uint8Array | undefined>;
};

const DEFAULT_REFRESH_SECONDS = 3_600;

const JSON_TYPE = 'application/json';
const ICS_TYPE = 'text/calendar';
const encoder = new TextEncoder();

export async function buildSite(input: PublishInput): Promise<{ files: SiteFile[]; index: SiteIndex }> {
  const files: SiteFile[] = [];
  const published: SitePlan[] = [];
  for (const bundle of input.bundles) {
    const { plan, files: own } = await planSite(bundle, input);
    files.push(...own);
    published.push(plan);
  }
  const publisher = input.signer ? { name: input.signer.name.trim(), key: input.signer.key, thumbprint: await thumbprint(input.signer.key) } : undefined;
  const index = mergeSiteIndex(input.previous, published, input.now.toISOString(), input.app, publisher);
  files.push({ path: SITE_INDEX_PATH, type: JSON_TYPE, bytes: encoder.encode(`${JSON.stringify(index, null, 2)}\n`) });
  return { files, index };
}

async function planSite(bundle: PlanBundle, input: PublishInput): Promise<{ plan: SitePlan; files: SiteFile[] }> {
  const version = planVersion(bundle);
  const paths = sitePaths(bundle.plan.id);
  const file: PlanFile = { format: FORMAT_NAME, version: FORMAT_VERSION, exportedAt: version, app: input.app, plans: [{ bundle }] };
  const planBytes = encoder.encode(await signedText(file, input, paths.planFile));
  const files: SiteFile[] = [{ path: paths.planFile, type: JSON_TYPE, bytes: planBytes }];
  const meetings = bundle.meetings;
  if (meetings.length) {
    const base = {
      plan: bundle.plan,
      agendaItems: bundle.agendaItems,
      reminder: 'none' as const,
      words: ICAL_WORDS[feedLanguage(bundle.plan.language)],
      now: new Date(version),
      ...(input.appBaseUrl ? { appBaseUrl: input.appBaseUrl } : {}),
    };
    const feed = { refreshSeconds: input.refreshSeconds ?? DEFAULT_REFRESH_SECONDS };
    files.push({ path: paths.calendar, type: ICS_TYPE, bytes: encoder.encode(buildCalendar({ ...base, meetings, feed })) });
    const own = meetingPaths(
      bundle.plan.id,
      meetings.map((m) => m.id),
    );
    for (const meeting of meetings)
      files.push({ path: own.get(meeting.id)!, type: ICS_TYPE, bytes: encoder.encode(buildCalendar({ ...base, meetings: [meeting] })) });
  }
  for (const doc of filesOf(bundle.documents)) {
    const bytes = await input.documentBytes?.(doc.hash);
    if (bytes) files.push({ path: `${planFolderOf(paths.planFile)}/${publishedName(doc)}`, type: doc.type, bytes, named: true });
  }
  const plan: SitePlan = {
    id: bundle.plan.id,
    title: bundle.plan.title,
    shortTitle: bundle.plan.shortTitle,
    version,
    sha256: await sha256Hex(planBytes),
    bytes: planBytes.byteLength,
    meetings: meetings.length,
    planFile: paths.planFile,
    ...(meetings.length ? { calendar: paths.calendar } : {}),
  };
  return { plan, files };
}

/**
 * The plan file's text, signed when there is a signer (over the file exactly as a reader
 * parses it). A file already published with the same content and the same signer is kept as
 * it is: signing again would change its bytes (ECDSA draws a new nonce), and every follower
 * would download an unchanged plan.
 */
async function signedText(file: PlanFile, input: PublishInput, path: string): Promise<string> {
  const text = (await planFileText(file)).text;
  if (!input.signer) return text;
  const raw = JSON.parse(text) as Record<string, unknown>;
  const previous = await input.existing?.(path);
  if (previous !== undefined && (await signedAlready(previous, raw, input.signer))) return previous;
  return (await planFileText(await signFile(raw, input.signer))).text;
}

const planFolderOf = (planFile: string) => planFile.slice(0, planFile.lastIndexOf('/'));

/** The feed speaks the plan's language when the app has words for it, French otherwise (the app's default). */
function feedLanguage(tag: string): Language {
  const lang = tag.slice(0, 2).toLowerCase();
  return lang in ICAL_WORDS ? (lang as Language) : 'fr';
}
