/*
 * Giving an .ics file to the phone or computer: the share sheet where the browser can share
 * files (it offers the calendar app on phones), else a download (../plan-files/hand-off.ts).
 */
import { handOffFile, type DownloadDocument, type HandOffResult, type ShareNavigator } from '../plan-files/hand-off.ts';

export type { DownloadDocument, HandOffResult, ShareNavigator };

const ICS_TYPE = 'text/calendar;charset=utf-8';

/** "MISPA-III-2011-09-15.ics": letters, digits, `.`, `_`, `-` only, no spaces or slashes. */
export function icsFileName(shortTitle: string, dateOrLabel: string): string {
  const clean = (part: string) =>
    part
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '');
  const name = [shortTitle, dateOrLabel].map(clean).filter(Boolean).join('-').slice(0, 100);
  return `${name || 'quorum'}.ics`;
}

export function icsBlob(text: string): Blob {
  return new Blob([text], { type: ICS_TYPE });
}

export function handOffIcs(text: string, fileName: string, nav?: ShareNavigator, doc?: DownloadDocument): Promise<HandOffResult> {
  return handOffFile(text, fileName, ICS_TYPE, nav, doc);
}
