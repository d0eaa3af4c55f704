/*
 * Whether a file a user attaches to a document is one the app accepts, and as what type. The
 * bytes decide, never the name alone: a file's start says what format it is, its end whether
 * it was cut short (a PDF without %%EOF, a zip without its central directory). Markup (HTML,
 * SVG, XML) is refused whatever its name: served from the app's origin it could run script.
 * Only the first and last bytes are read, so a 50 MB scan is checked without loading it;
 * text, which has no signature, is read whole and must be clean UTF-8. Pure.
 */
import { MAX_DOCUMENT_BYTES, type DocumentType } from './document-files.ts';

export type DocumentProblem = 'empty' | 'tooLarge' | 'active' | 'type' | 'damaged' | 'encoding';
export type DocumentCheck = { ok: true; type: DocumentType } | { ok: false; problem: DocumentProblem };

/** Enough for every signature and for an ODF file's `mimetype` entry. */
export const HEAD_BYTES = 4096;
/** A zip's end-of-central-directory record (22 bytes) with the longest comment it may carry. */
export const TAIL_BYTES = 65_557;
/** The largest text file read whole to check its encoding. */
export const WHOLE_TEXT_BYTES = 1024 * 1024;

type Parts = { head: Uint8Array; tail: Uint8Array; whole?: Uint8Array };

/** Names a browser would run or render as a page (or that are markup by definition). */
const ACTIVE_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'svg', 'svgz', 'xml', 'js', 'mjs', 'xsl', 'shtml']);
const TEXT_EXTENSIONS = new Set(['txt', 'text', '']);
const ODF_TYPES = [
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
] as const;

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));
const PDF = ascii('%PDF-');
const PDF_END = ascii('%%EOF');
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_END = ascii('IEND');
const JPEG = [0xff, 0xd8, 0xff];
const JPEG_END = [0xff, 0xd9];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (at + sig.length > bytes.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

function contains(bytes: Uint8Array, sig: readonly number[]): boolean {
  const [first = 0] = sig;
  for (let at = bytes.indexOf(first); at !== -1; at = bytes.indexOf(first, at + 1)) if (startsWith(bytes, sig, at)) return true;
  return false;
}

const u16 = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number): number => (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;

/** The last extension of the name's last part, lower-case; '' when it has none (".profile" has none). */
function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Whether the content opens with `<` after an optional UTF-8 BOM and ASCII whitespace. */
function startsWithMarkup(bytes: Uint8Array): boolean {
  let at = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  while (at < bytes.length && [0x09, 0x0a, 0x0c, 0x0d, 0x20].includes(bytes[at] ?? 0)) at++;
  return bytes[at] === 0x3c;
}

const ok = (type: DocumentType): DocumentCheck => ({ ok: true, type });
const fail = (problem: DocumentProblem): DocumentCheck => ({ ok: false, problem });
const intact = (whole: boolean, type: DocumentType): DocumentCheck => (whole ? ok(type) : fail('damaged'));

/** The type of an ODF file: its first entry is `mimetype`, stored, holding exactly one of the three accepted types. */
function odfType(head: Uint8Array): DocumentType | undefined {
  const nameLength = u16(head, 26);
  if (nameLength !== 8 || !startsWith(head, ascii('mimetype'), 30)) return undefined;
  const start = 30 + nameLength + u16(head, 28);
  const length = u32(head, 18);
  return ODF_TYPES.find((type) => type.length === length && startsWith(head, ascii(type), start));
}

function zipType({ head, tail }: Parts, ext: string): DocumentCheck {
  if (!contains(tail, ZIP_END)) return fail('damaged');
  const odf = odfType(head);
  if (odf) return ok(odf);
  const docx = contains(head, ascii('word/document.xml')) || contains(tail, ascii('word/document.xml'));
  if (docx || (ext === 'docx' && contains(head, ascii('[Content_Types].xml')))) {
    return ok('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  }
  return fail('type');
}

/** A binary format recognised by its signature, or undefined when the bytes are none of them. */
function binaryType(parts: Parts, size: number, ext: string): DocumentCheck | undefined {
  const { head, tail } = parts;
  if (startsWith(head, PDF)) return intact(contains(tail, PDF_END), 'application/pdf');
  if (startsWith(head, OLE)) return ext === 'doc' ? ok('application/msword') : fail('type');
  if (startsWith(head, ZIP)) return zipType(parts, ext);
  if (startsWith(head, PNG)) return intact(contains(tail, PNG_END), 'image/png');
  if (startsWith(head, JPEG)) return intact(contains(tail.subarray(-1024), JPEG_END), 'image/jpeg');
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return intact(tail[tail.length - 1] === 0x3b, 'image/gif');
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return intact(u32(head, 4) + 8 === size, 'image/webp');
  return undefined;
}

function textType(whole: Uint8Array | undefined, size: number): DocumentCheck {
  if (size > WHOLE_TEXT_BYTES) return fail('tooLarge');
  if (!whole) throw new Error('checkDocument: a text file needs its whole bytes');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(whole);
  } catch {
    return fail('encoding');
  }
  return whole.includes(0) ? fail('damaged') : ok('text/plain');
}

/**
 * `head`: the first up to 4096 bytes; `tail`: the last up to 65,557 bytes (may overlap head for
 * small files; for a file ≤ 65,557 bytes tail is the whole file); `size`: the whole file's size;
 * `name`: the file's name; `whole`: the whole bytes, given only for files ≤ 1 MiB (text files need it).
 */
export function checkDocument(input: { name: string; size: number; head: Uint8Array; tail: Uint8Array; whole?: Uint8Array }): DocumentCheck {
  const { name, size, head, tail } = input;
  if (size === 0) return fail('empty');
  if (size > MAX_DOCUMENT_BYTES) return fail('tooLarge');
  const ext = extensionOf(name);
  if (ACTIVE_EXTENSIONS.has(ext)) return fail('active');
  const binary = binaryType(input, size, ext);
  if (binary) return binary;
  // A file of up to TAIL_BYTES is whole in its tail: the caller need not pass it twice.
  const whole = input.whole ?? (tail.length === size ? tail : undefined);
  if (startsWithMarkup(whole ?? head)) return fail('active');
  return TEXT_EXTENSIONS.has(ext) ? textType(whole, size) : fail('type');
}

/** The parts of a file `checkDocument` reads: one read for a file of up to 1 MiB, two small ones beyond. */
export async function readDocumentParts(file: Blob): Promise<Parts> {
  const read = async (start: number, end?: number) => new Uint8Array(await file.slice(start, end).arrayBuffer());
  if (file.size <= WHOLE_TEXT_BYTES) {
    const whole = await read(0);
    return { head: whole.subarray(0, HEAD_BYTES), tail: whole.subarray(Math.max(0, whole.length - TAIL_BYTES)), whole };
  }
  const [head, tail] = await Promise.all([read(0, HEAD_BYTES), read(file.size - TAIL_BYTES)]);
  return { head, tail };
}
