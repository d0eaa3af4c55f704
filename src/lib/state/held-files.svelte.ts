/*
 * The files of documents held on this device, for the links of symbols in running text: one set
 * of hashes for the whole app, read once and kept current (this tab's writes and other tabs'),
 * and opening a held file where no service worker serves it (documents/file-address.ts).
 */
import type { DocumentFile } from '../domain/document-files.ts';
import { documentBytes } from '../db/commands/document-file-commands.ts';
import { database } from './database.ts';

let held = $state.raw<ReadonlySet<string>>(new Set());
let watching = false;

/** The hashes of every file held here, kept current (tabs included): what a symbol's link opens. */
export function heldFiles(): ReadonlySet<string> {
  if (!watching) {
    watching = true;
    void database().then(({ db, Dexie }) => {
      const read = async () => {
        // Not read (the database closed by the browser): the last set stays until the next change.
        const keys = await db.documentFiles
          .toCollection()
          .primaryKeys()
          .catch(() => undefined);
        // A new set each time, never changed in place: $state.raw is enough.
        // eslint-disable-next-line svelte/prefer-svelte-reactivity
        if (keys) held = new Set(keys);
      };
      void read();
      Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
        if (Object.keys(parts).some((part) => part.endsWith('/documentFiles/'))) void read();
      });
    });
  }
  return held;
}

/** Opens a held file where no service worker serves it (a first visit, a browser without one): a blob: address. */
export async function openHeld(file: DocumentFile): Promise<boolean> {
  const { db } = await database();
  const row = await documentBytes(db, file.hash);
  if (!row) return false;
  const url = URL.createObjectURL(new Blob([row.blob], { type: file.type }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
