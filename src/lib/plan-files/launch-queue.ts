/*
 * Files opened with the installed app: where the platform supports the manifest's
 * `file_handlers` (desktop Chromium), the system starts the app on the handler's action,
 * the import screen ("./#/open"), with the files in window.launchQueue; the browser keeps
 * them queued until a consumer is set, so the import screen sets it when it opens, and
 * nothing of this is in the first screen's code. The first file goes through the same
 * checks and preview as a file picked in the app. Without a launchQueue this does nothing.
 */
import { openFile } from './pending-file.svelte.ts';

type FileHandleLike = { kind: string; getFile?: () => Promise<File> };
export type LaunchParamsLike = { files?: readonly FileHandleLike[] };
type LaunchQueueLike = { setConsumer: (consumer: (params: LaunchParamsLike) => unknown) => void };

/** Starts taking launched files; returns whether the browser has a launch queue at all. */
export function consumeLaunchQueue(win: object = window, open: (file: File) => void = openFile): boolean {
  const queue = (win as { launchQueue?: Partial<LaunchQueueLike> }).launchQueue;
  if (typeof queue?.setConsumer !== 'function') return false;
  queue.setConsumer(async (params) => {
    const handle = params.files?.find((h) => h.kind === 'file' && typeof h.getFile === 'function');
    if (handle?.getFile) open(await handle.getFile());
  });
  return true;
}
