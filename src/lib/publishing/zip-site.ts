/*
 * A published site as one .zip, to unpack beside the app on any static host (fflate). Files
 * keep their paths; .ics and JSON are compressed, and every entry is dated by the
 * publishing, so that the archive says when it was made and nothing depends on the device's zone.
 */
import { zipSync, type Zippable } from 'fflate';
import { fileLabel } from '../plan-files/file-label.ts';
import type { SiteFile } from './build-site.ts';

export function zipSite(files: readonly SiteFile[], at: Date): Uint8Array {
  const entries: Zippable = {};
  // A document (PDF, images, office files) is compressed already: stored as it is.
  for (const file of files) entries[file.path] = [file.bytes, { level: file.named ? 0 : 6, mtime: at }];
  return zipSync(entries);
}

/** "MISPA-III-site.zip". */
export function siteZipName(shortTitle: string): string {
  return `${fileLabel(shortTitle, 'Quorum')}-site.zip`;
}
