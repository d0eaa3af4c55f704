/*
 * Publishing into a folder: the one way a site is written, whether the folder is one the user
 * picked in the browser (components/publishing) or a directory on disk (`npm run publish`).
 * A document named by its hash that is already there is not written again.
 * The index already there is read first: one this app cannot read stops everything before a
 * byte is written (it may be another app's file). The plans' files are written first and the
 * index last, so a follower who reads the index finds every file it names.
 */
import type { SiteIndexProblem } from './site-index.ts';
import { readSiteIndex, type SiteIndex } from './site-index.ts';
import { buildSite, type PublishInput } from './build-site.ts';
import { SITE_INDEX_PATH } from './site-paths.ts';

export type SiteFolder = {
  /** The text of the file at `path`, or undefined when there is none. */
  read(path: string): Promise<string | undefined>;
  /** Whether there is a file at `path` (a document named by its hash is then the same file). */
  has(path: string): Promise<boolean>;
  write(path: string, bytes: Uint8Array, type: string): Promise<void>;
};

export type PublishResult = { ok: true; index: SiteIndex; files: number; bytes: number } | { ok: false; problem: SiteIndexProblem };

export async function publishInto(folder: SiteFolder, input: Omit<PublishInput, 'previous' | 'existing'>): Promise<PublishResult> {
  const existing = await folder.read(SITE_INDEX_PATH);
  let previous: SiteIndex | undefined;
  if (existing !== undefined) {
    const read = readSiteIndex(existing);
    if (!read.ok) return { ok: false, problem: read.problem };
    previous = read.index;
  }
  const { files, index } = await buildSite({ ...input, ...(previous ? { previous } : {}), existing: (path) => folder.read(path) });
  // Documents first, the index last: a follower who reads a plan file or the index finds every file it names.
  const ordered = [
    ...files.filter((f) => f.named),
    ...files.filter((f) => !f.named && f.path !== SITE_INDEX_PATH),
    ...files.filter((f) => f.path === SITE_INDEX_PATH),
  ];
  // A file already there with the same bytes is left alone: its date, hence the validators a
  // server derives from it (nginx's ETag), stay the same, and followers get a 304.
  const decoder = new TextDecoder();
  for (const file of ordered) {
    const same = file.named ? await folder.has(file.path) : (await folder.read(file.path)) === decoder.decode(file.bytes);
    if (!same) await folder.write(file.path, file.bytes, file.type);
  }
  return { ok: true, index, files: files.length, bytes: files.reduce((n, f) => n + f.bytes.byteLength, 0) };
}
