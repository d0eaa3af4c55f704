/*
 * Publishing as the interface runs it (components/publishing/PublishPanel): the site of the
 * plan shown, downloaded as a .zip or written into a folder the user picks where the browser
 * can (showDirectoryPicker). Nothing is written to the database: publishing reads the plan
 * the screen already has. The publishing chunk (fflate, the calendar code) loads on first use.
 */
import type { PlanBundle } from '../domain/types.ts';
import { download } from '../plan-files/hand-off.ts';
import type { SiteIndexProblem } from '../publishing/site-index.ts';

const APP = 'Quorum';

let chunk: Promise<typeof import('../publishing/index.ts')> | undefined;

export function loadPublishing() {
  chunk ??= import('../publishing/index.ts');
  return chunk;
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

export async function publishZip(bundle: PlanBundle, appBaseUrl: string, now = new Date()): Promise<{ fileName: string; files: number }> {
  const publishing = await loadPublishing();
  const { files } = await publishing.buildSite({ bundles: [bundle], appBaseUrl, app: APP, now });
  const fileName = publishing.siteZipName(bundle.plan.shortTitle.text);
  const zip = publishing.zipSite(files, now);
  download(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), fileName);
  return { fileName, files: files.length };
}

export type FolderOutcome =
  { ok: true; folder: string; files: number } | { ok: false; problem: SiteIndexProblem | 'denied' } | { ok: false; problem: 'cancelled' };

export async function publishToFolder(bundle: PlanBundle, appBaseUrl: string, now = new Date()): Promise<FolderOutcome> {
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
  try {
    const result = await publishing.publishInto(publishing.directoryFolder(root), { bundles: [bundle], appBaseUrl, app: APP, now });
    return result.ok ? { ok: true, folder: root.name, files: result.files } : result;
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name === 'NotAllowedError') return { ok: false, problem: 'denied' };
    throw error;
  }
}
