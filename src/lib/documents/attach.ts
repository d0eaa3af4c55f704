/*
 * A file the organiser attaches to a document, read and checked before anything is stored:
 * its type from its bytes (domain/document-check.ts: no markup, nothing damaged, not too large),
 * its SHA-256 (its name from then on), and room on the device for it. Then one command stores
 * the bytes and names the file on the document (db/commands/document-file-commands.ts).
 */
import { checkDocument, readDocumentParts, type DocumentProblem } from '../domain/document-check.ts';
import { safeFileName, type DocumentFile } from '../domain/document-files.ts';
import type { LanguageTag } from '../domain/types.ts';
import { roomFor } from './room.ts';
import { sha256Hex } from '../plan-files/sha256.ts';

export type Attachment =
  | { ok: true; file: DocumentFile; blob: Blob }
  | { ok: false; problem: DocumentProblem; room?: undefined }
  | { ok: false; problem: 'room'; room: { needed: number; free: number } };

export async function prepareAttachment(picked: File, lang: LanguageTag, estimate?: () => Promise<StorageEstimate | undefined>): Promise<Attachment> {
  const parts = await readDocumentParts(picked);
  const checked = checkDocument({ name: picked.name, size: picked.size, ...parts });
  if (!checked.ok) return checked;
  const room = await roomFor(picked.size, estimate);
  if (!room.ok) return { ok: false, problem: 'room', room: { needed: room.needed, free: room.free } };
  const bytes = new Uint8Array(await picked.arrayBuffer());
  const file: DocumentFile = {
    hash: await sha256Hex(bytes),
    lang,
    name: safeFileName(picked.name, checked.type),
    type: checked.type,
    size: picked.size,
    date: new Date(picked.lastModified || Date.now()).toISOString(),
  };
  // The bytes as read and hashed: a file changed on disk meanwhile cannot slip in under the old hash.
  return { ok: true, file, blob: new Blob([bytes], { type: checked.type }) };
}
