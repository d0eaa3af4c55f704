/*
 * The texts behind a document's symbol: one file per language (the resolution in French, its
 * English version...), kept on the device and published beside the plan. The plan holds only
 * what each file is (its SHA-256, language, name, type, size, date): never its bytes, so a
 * plan file stays small and a file is named by its content everywhere (stored under its hash
 * here, published as documents/<hash>.<ext>), hence never fetched twice. Pure.
 */
import type { DocumentFile, DocumentRef, DocumentType, LanguageTag } from './types.ts';

export type { DocumentFile, DocumentType };

/** What the app accepts, and how each is opened: in the browser's viewer, or handed to another app. */
export const DOCUMENT_TYPES: Record<DocumentType, { ext: string; inline: boolean }> = {
  'application/pdf': { ext: 'pdf', inline: true },
  'application/msword': { ext: 'doc', inline: false },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { ext: 'docx', inline: false },
  'application/vnd.oasis.opendocument.text': { ext: 'odt', inline: false },
  'application/vnd.oasis.opendocument.spreadsheet': { ext: 'ods', inline: false },
  'application/vnd.oasis.opendocument.presentation': { ext: 'odp', inline: false },
  'text/plain': { ext: 'txt', inline: true },
  'image/png': { ext: 'png', inline: true },
  'image/jpeg': { ext: 'jpg', inline: true },
  'image/gif': { ext: 'gif', inline: true },
  'image/webp': { ext: 'webp', inline: true },
};

/** The largest file one document may take (a long scanned report fits). */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** A hash as the app writes them. */
export const HASH_PATTERN = /^[0-9a-f]{64}$/;

export function isDocumentType(type: string): type is DocumentType {
  return Object.hasOwn(DOCUMENT_TYPES, type);
}

/** Where a published site keeps a file, relative to its plan's folder. */
export function publishedName(file: Pick<DocumentFile, 'hash' | 'type'>): string {
  return `documents/${file.hash}.${DOCUMENT_TYPES[file.type].ext}`;
}

/**
 * The file to open for a reader of `language`: the one in that language, else the one in the
 * plan's own language (the original), else the first attached.
 */
export function fileFor(files: readonly DocumentFile[] | undefined, language: LanguageTag, planLanguage: LanguageTag): DocumentFile | undefined {
  if (!files?.length) return undefined;
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  return files.find((f) => primary(f.lang) === primary(language)) ?? files.find((f) => primary(f.lang) === primary(planLanguage)) ?? files[0];
}

/** Every file the documents of a plan name, once each (two documents may share one file). */
export function filesOf(documents: readonly DocumentRef[]): DocumentFile[] {
  const byHash = new Map<string, DocumentFile>();
  for (const doc of documents) for (const file of doc.files ?? []) if (!byHash.has(file.hash)) byHash.set(file.hash, file);
  return [...byHash.values()];
}

/**
 * The name a file is served and saved under: no folder, no control or reserved character,
 * at most 120 characters, ending in its type's extension.
 */
export function safeFileName(name: string, type: DocumentType): string {
  const ext = DOCUMENT_TYPES[type].ext;
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .trim()
    .replace(/^\.+/, '');
  const stem = base.replace(/\.[^.]*$/, '') || 'document';
  return `${stem.slice(0, 120 - ext.length - 1)}.${ext}`;
}
