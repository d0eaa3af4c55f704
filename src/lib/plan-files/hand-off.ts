/*
 * Giving a file the app made to the phone or computer: the system share sheet where the
 * browser can share that file (on a phone it offers mail, messaging, the calendar app...),
 * else an ordinary download. Cancelling the share sheet is the user's choice and does
 * nothing; any other share failure (no user gesture left, a type the platform will not
 * share, share target error) falls back to the download. Used for calendars (.ics, see
 * ../ical/hand-off.ts) and plan files (.json).
 */

export const JSON_TYPE = 'application/json';

/** How long the download's object URL lives: some browsers read it after `click()` returns. */
const REVOKE_AFTER_MS = 60_000;

export type ShareNavigator = {
  canShare?: (data: ShareData) => boolean;
  share?: (data: ShareData) => Promise<void>;
};
export type DownloadDocument = Pick<Document, 'createElement' | 'body'>;
export type HandOffResult = 'shared' | 'downloaded' | 'cancelled';

/** Shares or downloads `text` as a file named `fileName` of media type `type`. */
export async function handOffFile(
  text: string,
  fileName: string,
  type: string,
  nav: ShareNavigator = navigator,
  doc: DownloadDocument = document,
): Promise<HandOffResult> {
  const file = new File(await fileParts(text), fileName, { type });
  if (canShareFile(nav, file) && nav.share) {
    try {
      await nav.share({ files: [file] });
      return 'shared';
    } catch (error) {
      if ((error as { name?: unknown } | null)?.name === 'AbortError') return 'cancelled';
    }
  }
  download(file, fileName, doc);
  return 'downloaded';
}

/** Characters encoded per task when a file's text is large. */
const ENCODE_SLICE = 512 * 1024;

/**
 * The text as parts of a file: itself when small; else encoded to UTF-8 a slice per task,
 * since handing a 10 MB string to File holds the page for a quarter of a second on a slow
 * phone. A slice never ends between the two halves of a surrogate pair.
 */
export async function fileParts(text: string, slice = ENCODE_SLICE): Promise<BlobPart[]> {
  if (text.length <= slice) return [text];
  const encoder = new TextEncoder();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + slice, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(encoder.encode(text.slice(start, end)));
    start = end;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return parts;
}

/** A plan file (JSON), shared or downloaded. */
export function handOffJson(text: string, fileName: string, nav?: ShareNavigator, doc?: DownloadDocument): Promise<HandOffResult> {
  return handOffFile(text, fileName, JSON_TYPE, nav, doc);
}

function canShareFile(nav: ShareNavigator, file: File): boolean {
  try {
    return typeof nav.share === 'function' && nav.canShare?.({ files: [file] }) === true;
  } catch {
    return false;
  }
}

export function download(blob: Blob, fileName: string, doc: DownloadDocument = document): void {
  const url = URL.createObjectURL(blob);
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
