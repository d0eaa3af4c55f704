/*
 * Giving an .ics file to the phone or computer: the system share sheet where the browser can
 * share files (it offers the calendar app on phones), else an ordinary download. Cancelling
 * the share sheet is the user's choice and does nothing; any other share failure (no user
 * gesture left, share target error) falls back to the download.
 */

export const ICS_TYPE = 'text/calendar;charset=utf-8';

/** How long the download's object URL lives: some browsers read it after `click()` returns. */
const REVOKE_AFTER_MS = 60_000;

export type ShareNavigator = {
  canShare?: (data: ShareData) => boolean;
  share?: (data: ShareData) => Promise<void>;
};
export type DownloadDocument = Pick<Document, 'createElement' | 'body'>;
export type HandOffResult = 'shared' | 'downloaded' | 'cancelled';

/** "MISPA-III-2011-09-15.ics": letters, digits, `.`, `_`, `-` only, no spaces or slashes. */
export function icsFileName(shortTitle: string, dateOrLabel: string): string {
  const clean = (part: string) =>
    part.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  const name = [shortTitle, dateOrLabel].map(clean).filter(Boolean).join('-').slice(0, 100);
  return `${name || 'quorum'}.ics`;
}

export function icsBlob(text: string): Blob {
  return new Blob([text], { type: ICS_TYPE });
}

export async function handOffIcs(
  text: string,
  fileName: string,
  nav: ShareNavigator = navigator,
  doc: DownloadDocument = document,
): Promise<HandOffResult> {
  const file = new File([text], fileName, { type: ICS_TYPE });
  if (canShareFile(nav, file) && nav.share) {
    try {
      await nav.share({ files: [file] });
      return 'shared';
    } catch (error) {
      if ((error as { name?: unknown } | null)?.name === 'AbortError') return 'cancelled';
    }
  }
  download(icsBlob(text), fileName, doc);
  return 'downloaded';
}

function canShareFile(nav: ShareNavigator, file: File): boolean {
  try {
    return typeof nav.share === 'function' && nav.canShare?.({ files: [file] }) === true;
  } catch {
    return false;
  }
}

function download(blob: Blob, fileName: string, doc: DownloadDocument): void {
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
