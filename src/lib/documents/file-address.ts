/*
 * Where a held file opens: offline-documents/<hash>/<name> beside the app, which the service
 * worker answers from the database with the file's type and Content-Disposition
 * (public/document-files.js): the browser's own viewer shows a PDF, a text or an image, and an
 * office file is handed to the app that reads it, offline as online. Nothing a browser would run
 * (HTML, SVG) is ever accepted (domain/document-check.ts).
 */
import { DOCUMENT_TYPES, safeFileName, type DocumentFile, type DocumentType } from '../domain/document-files.ts';

const OFFLINE_DOCUMENTS_PATH = 'offline-documents/';

/** Relative to the app's page (routes are in the fragment, so this is the app's own folder). */
export function offlineHref(file: Pick<DocumentFile, 'hash' | 'name' | 'type'>): string {
  return `${OFFLINE_DOCUMENTS_PATH}${file.hash}/${encodeURIComponent(safeFileName(file.name, file.type))}`;
}

/** Whether the browser shows the file itself (else it is downloaded, to open in another app). */
export function opensInline(type: DocumentType): boolean {
  return DOCUMENT_TYPES[type].inline;
}

/** The kind of file as the interface names it: documents.kind.<kind>. */
export function kindOf(type: DocumentType): 'pdf' | 'word' | 'odf' | 'text' | 'image' {
  if (type === 'application/pdf') return 'pdf';
  if (type === 'text/plain') return 'text';
  if (type.startsWith('image/')) return 'image';
  return type.includes('opendocument') ? 'odf' : 'word';
}
