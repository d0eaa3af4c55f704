import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../../src/lib/domain/document-files.ts';
import { checkDocument, HEAD_BYTES, readDocumentParts, TAIL_BYTES, WHOLE_TEXT_BYTES } from '../../../src/lib/domain/document-check.ts';

// Copied into this realm's Uint8Array: under jsdom, TextEncoder returns Node's, which toEqual tells apart.
const text = (s: string) => Uint8Array.from(new TextEncoder().encode(s));
const bytes = (...parts: (string | number[] | Uint8Array)[]) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? text(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
};
const u32le = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24];
/** Bytes no compressor shrinks and no signature matches (a fixed sequence, for repeatable tests). */
const noise = (length: number) => Uint8Array.from({ length }, (_, i) => ((i * 7919 + ((i * i) >>> 3)) & 0x7f) | 0x80);

/** What checkDocument gets for a file of these bytes, as readDocumentParts cuts it. */
const check = (name: string, file: Uint8Array) =>
  checkDocument({
    name,
    size: file.length,
    head: file.subarray(0, HEAD_BYTES),
    tail: file.subarray(Math.max(0, file.length - TAIL_BYTES)),
    ...(file.length <= WHOLE_TEXT_BYTES ? { whole: file } : {}),
  });
const accepted = (type: string) => ({ ok: true, type });
const refused = (problem: string) => ({ ok: false, problem });

const PDF = text('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const odf = (mimetype: string) => zipSync({ mimetype: [text(mimetype), { level: 0 }], 'content.xml': text('<office:document-content/>') });
const DOCX = zipSync({ '[Content_Types].xml': text('<Types/>'), 'word/document.xml': text('<w:document/>') });
const PNG = bytes(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0, 0, 0, 13],
  'IHDR',
  [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  'IEND',
  [0xae, 0x42, 0x60, 0x82],
);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0], noise(200), [0xff, 0xd9]);
const GIF = bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0], [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0], [0x3b]);
const webp = (declared: number) => bytes('RIFF', u32le(declared), 'WEBP', 'VP8L', u32le(5), [0x2f, 0, 0, 0, 0], [0]);
const OLE = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], noise(504));

describe('checkDocument: size', () => {
  it('refuses an empty file', () => {
    expect(checkDocument({ name: 'a.pdf', size: 0, head: new Uint8Array(), tail: new Uint8Array() })).toEqual(refused('empty'));
  });

  it('refuses a file over the limit from its size, before reading its bytes', () => {
    expect(checkDocument({ name: 'scan.pdf', size: MAX_DOCUMENT_BYTES + 1, head: PDF, tail: PDF })).toEqual(refused('tooLarge'));
    expect(checkDocument({ name: 'scan.pdf', size: MAX_DOCUMENT_BYTES, head: PDF, tail: PDF })).toEqual(accepted('application/pdf'));
  });
});

describe('checkDocument: markup is active, whatever it is called', () => {
  it('refuses an active extension even with PDF bytes, in any case', () => {
    expect(check('x.html', PDF)).toEqual(refused('active'));
    expect(check('X.HTM', PDF)).toEqual(refused('active'));
    expect(check('logo.svg', PNG)).toEqual(refused('active'));
  });

  it('refuses HTML named .txt and SVG named .png', () => {
    expect(check('notes.txt', text('<!doctype html><script>alert(1)</script>'))).toEqual(refused('active'));
    expect(check('image.png', text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toEqual(refused('active'));
  });

  it('sees markup behind a BOM and leading white space', () => {
    expect(check('notes.txt', bytes([0xef, 0xbb, 0xbf], ' \r\n\t<?xml version="1.0"?><x/>'))).toEqual(refused('active'));
    expect(check('notes.txt', text('a < b\n'))).toEqual(accepted('text/plain'));
  });
});

describe('checkDocument: PDF', () => {
  it('accepts a whole PDF, even misnamed: the content decides', () => {
    expect(check('AG-RES-2629.pdf', PDF)).toEqual(accepted('application/pdf'));
    expect(check('AG-RES-2629.txt', PDF)).toEqual(accepted('application/pdf'));
  });

  it('calls a PDF cut before its %%EOF damaged', () => {
    expect(check('cut.pdf', PDF.subarray(0, PDF.length - 7))).toEqual(refused('damaged'));
  });
});

describe('checkDocument: Word 97-2003', () => {
  it('accepts an OLE file named .doc, and no other OLE file (Excel, Outlook...)', () => {
    expect(check('old.DOC', OLE)).toEqual(accepted('application/msword'));
    expect(check('sheet.xls', OLE)).toEqual(refused('type'));
    expect(check('old', OLE)).toEqual(refused('type'));
  });
});

describe('checkDocument: zip formats', () => {
  it('reads the three OpenDocument types from their stored mimetype entry, whatever the name', () => {
    expect(check('r.odt', odf('application/vnd.oasis.opendocument.text'))).toEqual(accepted('application/vnd.oasis.opendocument.text'));
    expect(check('r.ods', odf('application/vnd.oasis.opendocument.spreadsheet'))).toEqual(accepted('application/vnd.oasis.opendocument.spreadsheet'));
    expect(check('r.zip', odf('application/vnd.oasis.opendocument.presentation'))).toEqual(accepted('application/vnd.oasis.opendocument.presentation'));
  });

  it('refuses other OpenDocument types (a template, a drawing) and a mimetype that is not the first entry', () => {
    expect(check('r.ott', odf('application/vnd.oasis.opendocument.text-template'))).toEqual(refused('type'));
    expect(check('r.odg', odf('application/vnd.oasis.opendocument.graphics'))).toEqual(refused('type'));
    const second = zipSync({ 'content.xml': text('<x/>'), mimetype: [text('application/vnd.oasis.opendocument.text'), { level: 0 }] });
    expect(check('r.odt', second)).toEqual(refused('type'));
  });

  it('accepts a docx from its word/document.xml entry, whatever the name', () => {
    expect(check('r.docx', DOCX)).toEqual(accepted('application/vnd.openxmlformats-officedocument.wordprocessingml.document'));
    expect(check('r.zip', DOCX)).toEqual(accepted('application/vnd.openxmlformats-officedocument.wordprocessingml.document'));
  });

  it('finds word/document.xml in the central directory when its entry lies past the head', () => {
    const late = zipSync({
      '[Content_Types].xml': text('<Types/>'),
      'word/media/image1.png': [noise(3 * HEAD_BYTES), { level: 0 }],
      'word/document.xml': text('<w:document/>'),
    });
    expect(Buffer.from(late).indexOf('word/document.xml')).toBeGreaterThan(HEAD_BYTES);
    expect(check('r.zip', late)).toEqual(accepted('application/vnd.openxmlformats-officedocument.wordprocessingml.document'));
  });

  it('takes [Content_Types].xml alone for a docx only when the name says .docx', () => {
    const office = zipSync({ '[Content_Types].xml': text('<Types/>'), 'xl/workbook.xml': text('<workbook/>') });
    expect(check('r.docx', office)).toEqual(accepted('application/vnd.openxmlformats-officedocument.wordprocessingml.document'));
    expect(check('r.xlsx', office)).toEqual(refused('type'));
  });

  it('refuses any other zip, and calls a zip cut before its central directory damaged', () => {
    expect(check('photos.zip', zipSync({ 'a.txt': text('a') }))).toEqual(refused('type'));
    expect(check('r.docx', DOCX.subarray(0, DOCX.length - 30))).toEqual(refused('damaged'));
    expect(check('r.odt', odf('application/vnd.oasis.opendocument.text').subarray(0, 60))).toEqual(refused('damaged'));
  });
});

describe('checkDocument: images', () => {
  it('accepts a PNG with its IEND chunk, and calls one without it damaged', () => {
    expect(check('a.png', PNG)).toEqual(accepted('image/png'));
    expect(check('a.png', PNG.subarray(0, PNG.length - 12))).toEqual(refused('damaged'));
  });

  it('accepts a JPEG ending in FF D9 (even with a little trailing data), and calls one without it damaged', () => {
    expect(check('a.jpg', JPEG)).toEqual(accepted('image/jpeg'));
    expect(check('a.jpeg', bytes(JPEG, [0, 0, 0, 0]))).toEqual(accepted('image/jpeg'));
    expect(check('a.jpg', JPEG.subarray(0, JPEG.length - 2))).toEqual(refused('damaged'));
    expect(check('a.jpg', bytes(JPEG, new Uint8Array(2048)))).toEqual(refused('damaged'));
  });

  it('accepts a GIF ending in its trailer byte, and calls one without it damaged', () => {
    expect(check('a.gif', GIF)).toEqual(accepted('image/gif'));
    expect(check('a.gif', bytes('GIF87a', GIF.subarray(6)))).toEqual(accepted('image/gif'));
    expect(check('a.gif', GIF.subarray(0, GIF.length - 1))).toEqual(refused('damaged'));
  });

  it('accepts a WebP whose RIFF size is its own, and calls one of another size damaged', () => {
    const size = webp(0).length;
    expect(check('a.webp', webp(size - 8))).toEqual(accepted('image/webp'));
    expect(check('a.webp', webp(size))).toEqual(refused('damaged'));
    expect(check('a.webp', webp(size - 8).subarray(0, size - 1))).toEqual(refused('damaged'));
  });
});

describe('checkDocument: text', () => {
  it('accepts UTF-8 text named .txt, .text or with no extension', () => {
    const note = text('Résolution AG/RES. 2629 — texte provisoire\n');
    expect(check('note.txt', note)).toEqual(accepted('text/plain'));
    expect(check('note.TEXT', note)).toEqual(accepted('text/plain'));
    expect(check('README', note)).toEqual(accepted('text/plain'));
    expect(check('note.txt', bytes([0xef, 0xbb, 0xbf], note))).toEqual(accepted('text/plain'));
  });

  it('refuses text under another name', () => {
    expect(check('note.md', text('# Notes\n'))).toEqual(refused('type'));
    expect(check('data.csv', text('a,b\n1,2\n'))).toEqual(refused('type'));
  });

  it('refuses Latin-1 text as an encoding problem, and text with a NUL byte as damaged', () => {
    expect(check('note.txt', bytes('R', [0xe9], 'solution\n'))).toEqual(refused('encoding'));
    expect(check('note.txt', bytes('abc', [0], 'def'))).toEqual(refused('damaged'));
  });

  it('refuses text over 1 MiB as too large, and reads a small file whole from its tail', () => {
    const big = new Uint8Array(WHOLE_TEXT_BYTES + 1).fill(0x61);
    expect(checkDocument({ name: 'big.txt', size: big.length, head: big.subarray(0, HEAD_BYTES), tail: big.subarray(-TAIL_BYTES) })).toEqual(
      refused('tooLarge'),
    );
    const small = text('hello\n');
    expect(checkDocument({ name: 'a.txt', size: small.length, head: small, tail: small })).toEqual(accepted('text/plain'));
  });

  it('refuses unknown bytes', () => {
    expect(check('blob.bin', noise(300))).toEqual(refused('type'));
    expect(check('blob.txt', noise(300))).toEqual(refused('encoding'));
  });
});

describe('readDocumentParts', () => {
  /** A PDF of `size` bytes: its header, padding, and its end marker in the last bytes. */
  const bigPdf = (size: number) => {
    const file = new Uint8Array(size).fill(0x20);
    file.set(text('%PDF-1.7\n'));
    file.set(text('%%EOF\n'), size - 6);
    return file;
  };

  it('reads the head and tail of a file over 1 MiB, without its whole bytes', async () => {
    const file = bigPdf(WHOLE_TEXT_BYTES + 200_000);
    const parts = await readDocumentParts(new Blob([file]));
    expect(parts.head).toEqual(file.subarray(0, HEAD_BYTES));
    expect(parts.tail).toEqual(file.subarray(file.length - TAIL_BYTES));
    expect(parts.whole).toBeUndefined();
    expect(checkDocument({ name: 'scan.pdf', size: file.length, ...parts })).toEqual(accepted('application/pdf'));
    // Cut after the end marker of an earlier revision: %%EOF only in the middle, not in the tail.
    const cut = bigPdf(WHOLE_TEXT_BYTES + 200_000).subarray(0, WHOLE_TEXT_BYTES);
    cut.set(text('%%EOF\n'), 1000);
    const cutParts = await readDocumentParts(new Blob([bytes(cut, new Uint8Array(100_000).fill(0x20))]));
    expect(checkDocument({ name: 'scan.pdf', size: cut.length + 100_000, ...cutParts })).toEqual(refused('damaged'));
  });

  it('reads a file of up to 1 MiB whole, with its head and tail cut from it', async () => {
    const file = bigPdf(100_000);
    const parts = await readDocumentParts(new Blob([file]));
    expect(parts.whole).toEqual(file);
    expect(parts.head).toEqual(file.subarray(0, HEAD_BYTES));
    expect(parts.tail.length).toBe(TAIL_BYTES);
    expect(parts.tail).toEqual(file.subarray(100_000 - TAIL_BYTES));
    const small = await readDocumentParts(new Blob([PDF]));
    for (const part of [small.head, small.tail, small.whole]) expect(part).toEqual(PDF);
    expect(checkDocument({ name: 'a.pdf', size: PDF.length, ...small })).toEqual(accepted('application/pdf'));
  });
});
