/*
 * Publishing as the interface runs it (components/publishing/PublishPanel): the site of the
 * plan shown, downloaded as a .zip or written into a folder the user picks where the browser
 * can (showDirectoryPicker), its plan files signed with this device's publishing key
 * (db/commands/publisher-commands.ts: made on the first publishing, never extractable). Only
 * that key and its name are written to the database: publishing reads the plan the screen
 * already has. The publishing chunk (fflate, the calendar code) loads on first use.
 */
import { publisherKeyOf, usePublisherKey } from '../db/commands/publisher-commands.ts';
import type { PlanBundle } from '../domain/types.ts';
import type { FileSigner } from '../plan-files/signature.ts';
import { download } from '../plan-files/hand-off.ts';
import type { SiteIndexProblem } from '../publishing/site-index.ts';
import { heldBytes } from '../documents/held-bytes.ts';
import { database } from './database.ts';

const APP = 'Quorum';

let chunk: Promise<typeof import('../publishing/index.ts')> | undefined;

export function loadPublishing() {
  chunk ??= import('../publishing/index.ts');
  return chunk;
}

/** The publisher this device signs as, if it has published before: its name and key's thumbprint. */
export async function publisherHere(): Promise<{ name: string; thumbprint: string } | undefined> {
  const [{ db }, publishing] = await Promise.all([database(), loadPublishing()]);
  const key = await publisherKeyOf(db);
  if (!key) return undefined;
  return { name: key.name, thumbprint: await publishing.thumbprint(publishing.publicJwk(await crypto.subtle.exportKey('jwk', key.publicKey))) };
}

/** The signer of this device under `name` (its key made at the first publishing). */
export async function signerNamed(name: string): Promise<FileSigner> {
  const [{ db }, publishing] = await Promise.all([database(), loadPublishing()]);
  const key = await usePublisherKey(db, name, () => publishing.newKeyPair());
  return publishing.cryptoSigner(key.name, key.privateKey, key.publicKey);
}

/** The documents' files held here, read as the site is built. */
async function heldDocuments(): Promise<(hash: string) => Promise<Uint8Array | undefined>> {
  const { db } = await database();
  return (hash) => heldBytes(db, hash);
}

type DirectoryPicker = (options: { id?: string; mode: 'readwrite' }) => Promise<FileSystemDirectoryHandle>;

function directoryPicker(): DirectoryPicker | undefined {
  const picker = (globalThis as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  return typeof picker === 'function' ? picker.bind(globalThis) : undefined;
}

/** Whether this browser can write into a folder the user picks. */
export function canPickFolder(): boolean {
  return directoryPicker() !== undefined;
}

export async function publishZip(bundle: PlanBundle, appBaseUrl: string, publisher: string, now = new Date()): Promise<{ fileName: string; files: number }> {
  const publishing = await loadPublishing();
  const signer = await signerNamed(publisher);
  const documentBytes = await heldDocuments();
  const { files } = await publishing.buildSite({ bundles: [bundle], appBaseUrl, app: APP, now, signer, documentBytes });
  const fileName = publishing.siteZipName(bundle.plan.shortTitle.text);
  const zip = publishing.zipSite(files, now);
  download(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), fileName);
  return { fileName, files: files.length };
}

export type FolderOutcome =
  { ok: true; folder: string; files: number } | { ok: false; problem: SiteIndexProblem | 'denied' } | { ok: false; problem: 'cancelled' };

export async function publishToFolder(bundle: PlanBundle, appBaseUrl: string, publisher: string, now = new Date()): Promise<FolderOutcome> {
  const pick = directoryPicker();
  if (!pick) throw new Error('showDirectoryPicker is not available');
  let root: FileSystemDirectoryHandle;
  try {
    root = await pick({ id: 'quorum-publish', mode: 'readwrite' });
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    if (name === 'AbortError') return { ok: false, problem: 'cancelled' };
    if (name === 'NotAllowedError' || name === 'SecurityError') return { ok: false, problem: 'denied' };
    throw error;
  }
  const publishing = await loadPublishing();
  const signer = await signerNamed(publisher);
  try {
    const documentBytes = await heldDocuments();
    const result = await publishing.publishInto(publishing.directoryFolder(root), { bundles: [bundle], appBaseUrl, app: APP, now, signer, documentBytes });
    return result.ok ? { ok: true, folder: root.name, files: result.files } : result;
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name === 'NotAllowedError') return { ok: false, problem: 'denied' };
    throw error;
  }
}
