/*
 * Documents' files for tests: a small real PDF (or any bytes) with its SHA-256, as the app
 * describes it (domain/document-files.ts).
 */
import { createHash } from 'node:crypto';
import type { DocumentFile } from '../../src/lib/domain/document-files.ts';

/** A minimal PDF whose text is `text` (enough for the checks: header and end marker). */
export function pdfBytes(text: string, padTo = 0): Uint8Array {
  const body = `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\n`;
  const pad = Math.max(0, padTo - body.length - 6);
  return new TextEncoder().encode(`${body}${' '.repeat(pad)}%%EOF\n`);
}

export function describeFile(bytes: Uint8Array, lang: string, name = `doc-${lang}.pdf`, type: DocumentFile['type'] = 'application/pdf'): DocumentFile {
  return { hash: createHash('sha256').update(bytes).digest('hex'), lang, name, type, size: bytes.byteLength, date: '2011-06-07T12:00:00.000Z' };
}

export function blobOf(bytes: Uint8Array, type = 'application/pdf'): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
}
