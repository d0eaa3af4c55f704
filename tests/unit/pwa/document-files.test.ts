// @vitest-environment node
/*
 * The service worker's answer to a link to a document's text held on the device
 * (public/document-files.js), run as the worker runs it (a classic script, in a context of
 * its own) over the app's real database (fake-indexeddb): a stored file is served with its
 * type, opened in the browser or saved under its name (never rendered when the app does not
 * accept its type), by ranges too; a file not there, a bad link or no database at all is a 404
 * in four languages, and no database is made; every other request is left to Workbox.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { DOCUMENT_TYPES } from '../../../src/lib/domain/document-files.ts';
import { pdfBytes } from '../documents-fixtures.ts';
import { databaseNames, rawCreate, rawDump } from '../db/raw-idb.ts';

const SCRIPT = readFileSync('public/document-files.js', 'utf8');
const SCOPE = 'https://app.example.org/quorum/';
const PREFIX = `${SCOPE}offline-documents/`;
const OTHER_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
const NOT_HERE = [
  'Ce document n’est pas sur cet appareil. Ouvrez Quorum en ligne pour le télécharger.',
  'This document is not on this device. Open Quorum online to download it.',
  'Este documento no está en este dispositivo. Abra Quorum en línea para descargarlo.',
  'Este documento não está neste dispositivo. Abra o Quorum on-line para baixá-lo.',
].join('\n');

type FetchEvent = { request: Request; respondWith: (answer: Promise<Response>) => void };

/** The script loaded in a worker-like context; `fetch` dispatches a fetch event: its answer, or undefined when the script gave none. */
function worker() {
  const listeners: Record<string, (event: FetchEvent) => void> = {};
  const self = {
    addEventListener: (type: string, listener: (event: FetchEvent) => void) => (listeners[type] = listener),
    registration: { scope: SCOPE },
    location: new URL(`${SCOPE}sw.js`),
  };
  runInNewContext(SCRIPT, {
    self,
    indexedDB,
    IDBKeyRange,
    Response,
    Headers,
    Request,
    URL,
    Blob,
    TextEncoder,
    encodeURIComponent,
    decodeURIComponent,
  });
  return async (url: string, init: RequestInit = {}): Promise<Response | undefined> => {
    let answer: Promise<Response> | undefined;
    listeners.fetch!({ request: new Request(url, init), respondWith: (p) => (answer = p) });
    return answer && (await answer);
  };
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const linkTo = (hash: string, name: string) => `${PREFIX}${hash}/${encodeURIComponent(name)}`;

/** Stores `bytes` as the app does (its own database class: the real schema); its hash. */
async function stored(bytes: Uint8Array, type: string): Promise<string> {
  const hash = hashOf(bytes);
  const db = new QuorumDatabase();
  try {
    await db.documentFiles.put({
      hash,
      blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }),
      type,
      size: bytes.byteLength,
      storedAt: '2026-12-03T10:00:00.000Z',
    });
  } finally {
    db.close();
  }
  return hash;
}

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());
const headersOf = (response: Response) => Object.fromEntries(response.headers.entries());

async function expectNotHere(response: Response | undefined): Promise<void> {
  expect(response?.status).toBe(404);
  expect(response!.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(response!.headers.get('cache-control')).toBe('no-store');
  expect(await response!.text()).toBe(NOT_HERE);
}

const PDF = pdfBytes('Résolution 2629, texte français');

describe('a document’s text held on the device, served by the service worker', () => {
  it('serves a PDF in the browser’s viewer, with its exact bytes and every header', async () => {
    const hash = await stored(PDF, 'application/pdf');
    const response = await worker()(linkTo(hash, 'AG-RES-2629.pdf'));
    expect(response?.status).toBe(200);
    expect(headersOf(response!)).toEqual({
      'content-type': 'application/pdf',
      'content-length': String(PDF.byteLength),
      'content-disposition': `inline; filename="AG-RES-2629.pdf"; filename*=UTF-8''AG-RES-2629.pdf`,
      'content-security-policy': "default-src 'none'; object-src 'self'; style-src 'unsafe-inline'",
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'accept-ranges': 'bytes',
    });
    expect(await bytesOf(response!)).toEqual(PDF);
  });

  it('hands a Word document to another app (attachment), in a sandbox', async () => {
    const bytes = new TextEncoder().encode('PK\u0003\u0004 word/document.xml');
    const type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const hash = await stored(bytes, type);
    const response = await worker()(linkTo(hash, 'Rapport annuel.docx'));
    expect(response?.status).toBe(200);
    expect(response!.headers.get('content-type')).toBe(type);
    expect(response!.headers.get('content-disposition')).toBe(`attachment; filename="Rapport annuel.docx"; filename*=UTF-8''Rapport%20annuel.docx`);
    expect(response!.headers.get('content-security-policy')).toBe(OTHER_POLICY);
    expect(await bytesOf(response!)).toEqual(bytes);
  });

  it('opens in the browser exactly the types the app opens so, and saves the others', async () => {
    const sw = worker();
    for (const [type, { inline }] of Object.entries(DOCUMENT_TYPES)) {
      const hash = await stored(new TextEncoder().encode(`a ${type} file`), type);
      const response = await sw(linkTo(hash, 'f'));
      expect([type, response!.headers.get('content-disposition')]).toEqual([type, `${inline ? 'inline' : 'attachment'}; filename="f"; filename*=UTF-8''f`]);
    }
  });

  it('serves a text as UTF-8', async () => {
    const bytes = new TextEncoder().encode('Ordre du jour : élection du président');
    const hash = await stored(bytes, 'text/plain');
    const response = await worker()(linkTo(hash, 'ordre.txt'));
    expect(response!.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response!.headers.get('content-disposition')).toBe(`inline; filename="ordre.txt"; filename*=UTF-8''ordre.txt`);
    expect(response!.headers.get('content-security-policy')).toBe(OTHER_POLICY);
    expect(await response!.text()).toBe('Ordre du jour : élection du président');
  });

  it('never renders a type the app does not accept (SVG, HTML): bytes to save, nothing more', async () => {
    const sw = worker();
    for (const type of ['image/svg+xml', 'text/html']) {
      const bytes = new TextEncoder().encode(`<svg onload="alert(1)"><!-- ${type} --></svg>`);
      const hash = await stored(bytes, type);
      const response = await sw(linkTo(hash, 'image.svg'));
      expect(response?.status).toBe(200);
      expect(response!.headers.get('content-type')).toBe('application/octet-stream');
      expect(response!.headers.get('content-disposition')).toBe(`attachment; filename="image.svg"; filename*=UTF-8''image.svg`);
      expect(response!.headers.get('content-security-policy')).toBe(OTHER_POLICY);
      expect(response!.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await bytesOf(response!)).toEqual(bytes);
    }
  });

  it('gives a name beyond ASCII in UTF-8 (filename*), with an ASCII fallback', async () => {
    const hash = await stored(PDF, 'application/pdf');
    const response = await worker()(linkTo(hash, 'Résolution 2629 – version française.pdf'));
    expect(response!.headers.get('content-disposition')).toBe(
      `inline; filename="R_solution 2629 _ version fran_aise.pdf"; filename*=UTF-8''R%C3%A9solution%202629%20%E2%80%93%20version%20fran%C3%A7aise.pdf`,
    );
  });

  it('keeps quotes, backslashes and percent signs out of the fallback, and encodes what RFC 5987 wants encoded', async () => {
    const hash = await stored(PDF, 'application/pdf');
    const response = await worker()(linkTo(hash, `l'"avis" \\ 100% (final)*.pdf`));
    expect(response!.headers.get('content-disposition')).toBe(
      `inline; filename="l'_avis_ _ 100_ (final)*.pdf"; filename*=UTF-8''l%27%22avis%22%20%5C%20100%25%20%28final%29%2A.pdf`,
    );
  });

  it('answers a file not on the device with a 404 in French, English, Spanish and Portuguese', async () => {
    await stored(PDF, 'application/pdf');
    await expectNotHere(await worker()(linkTo('0'.repeat(64), 'absent.pdf')));
  });

  it('answers a bad link with a 404: a hash that is not one, no name, a name that is no URI segment', async () => {
    const hash = await stored(PDF, 'application/pdf');
    const sw = worker();
    await expectNotHere(await sw(linkTo(hash.toUpperCase(), 'a.pdf')));
    await expectNotHere(await sw(linkTo(hash.slice(1), 'a.pdf')));
    await expectNotHere(await sw(linkTo(`${hash.slice(1)}g`, 'a.pdf')));
    await expectNotHere(await sw(`${PREFIX}${hash}`));
    await expectNotHere(await sw(`${PREFIX}${hash}/`));
    await expectNotHere(await sw(`${PREFIX}${hash}/%E0%A4%A.pdf`));
    await expectNotHere(await sw(`${PREFIX}`));
  });

  it('answers a 404 on a device with no database, and makes none', async () => {
    await expectNotHere(await worker()(linkTo(hashOf(PDF), 'AG-RES-2629.pdf')));
    expect(await databaseNames()).toEqual([]);
  });

  it('answers a 404 from a database of before the documents’ texts, leaving it as it is', async () => {
    await rawCreate('quorum', 30, { meta: 'key' });
    await expectNotHere(await worker()(linkTo(hashOf(PDF), 'AG-RES-2629.pdf')));
    expect(await rawDump('quorum')).toEqual({ version: 30, tables: { meta: [] } });
  });

  it('leaves every other request to Workbox: another path, another origin, a write', async () => {
    const hash = await stored(PDF, 'application/pdf');
    const sw = worker();
    expect(await sw(`${SCOPE}index.html`)).toBeUndefined();
    expect(await sw(`${SCOPE}assets/offline-documents/${hash}/a.pdf`)).toBeUndefined();
    expect(await sw(`https://app.example.org/offline-documents/${hash}/a.pdf`)).toBeUndefined();
    expect(await sw(`https://other.example.org/quorum/offline-documents/${hash}/a.pdf`)).toBeUndefined();
    expect(await sw(linkTo(hash, 'a.pdf'), { method: 'POST', body: 'x' })).toBeUndefined();
    expect(await sw(linkTo(hash, 'a.pdf'), { method: 'PUT', body: 'x' })).toBeUndefined();
  });

  it('answers a range of the bytes (206), as Safari asks a PDF', async () => {
    const hash = await stored(PDF, 'application/pdf');
    const response = await worker()(linkTo(hash, 'a.pdf'), { headers: { Range: 'bytes=0-9' } });
    expect(response?.status).toBe(206);
    expect(response!.headers.get('content-range')).toBe(`bytes 0-9/${PDF.byteLength}`);
    expect(response!.headers.get('content-length')).toBe('10');
    expect(response!.headers.get('content-type')).toBe('application/pdf');
    expect(response!.headers.get('content-disposition')).toBe(`inline; filename="a.pdf"; filename*=UTF-8''a.pdf`);
    expect(await bytesOf(response!)).toEqual(PDF.slice(0, 10));
  });

  it('answers the last bytes (-n), from a byte to the end (a-), and a range past the end cut at it', async () => {
    const hash = await stored(PDF, 'application/pdf');
    const sw = worker();
    const size = PDF.byteLength;
    const last = await sw(linkTo(hash, 'a.pdf'), { headers: { Range: 'bytes=-5' } });
    expect([last?.status, last!.headers.get('content-range'), last!.headers.get('content-length')]).toEqual([
      206,
      `bytes ${size - 5}-${size - 1}/${size}`,
      '5',
    ]);
    expect(await last!.text()).toBe('%EOF\n');
    const rest = await sw(linkTo(hash, 'a.pdf'), { headers: { Range: 'bytes=10-' } });
    expect([rest?.status, rest!.headers.get('content-range')]).toEqual([206, `bytes 10-${size - 1}/${size}`]);
    expect(await bytesOf(rest!)).toEqual(PDF.slice(10));
    const beyond = await sw(linkTo(hash, 'a.pdf'), { headers: { Range: `bytes=${size - 3}-${size + 100}` } });
    expect([beyond?.status, beyond!.headers.get('content-range')]).toEqual([206, `bytes ${size - 3}-${size - 1}/${size}`]);
    expect(await bytesOf(beyond!)).toEqual(PDF.slice(size - 3));
    const more = await sw(linkTo(hash, 'a.pdf'), { headers: { Range: `bytes=-${size + 100}` } });
    expect([more?.status, more!.headers.get('content-range')]).toEqual([206, `bytes 0-${size - 1}/${size}`]);
    expect(await bytesOf(more!)).toEqual(PDF);
  });

  it('answers a range that starts past the end with a 416', async () => {
    const hash = await stored(PDF, 'application/pdf');
    const sw = worker();
    for (const range of [`bytes=${PDF.byteLength}-`, `bytes=${PDF.byteLength + 10}-${PDF.byteLength + 20}`, 'bytes=-0']) {
      const response = await sw(linkTo(hash, 'a.pdf'), { headers: { Range: range } });
      expect([range, response?.status, response!.headers.get('content-range')]).toEqual([range, 416, `bytes */${PDF.byteLength}`]);
      expect(await response!.text()).toBe('');
    }
  });

  it('answers the whole file to a range it does not serve (several, another unit, malformed)', async () => {
    const hash = await stored(PDF, 'application/pdf');
    const sw = worker();
    for (const range of ['bytes=0-1,5-9', 'items=0-9', 'bytes=9-0', 'bytes=-']) {
      const response = await sw(linkTo(hash, 'a.pdf'), { headers: { Range: range } });
      expect([range, response?.status, response!.headers.get('content-range')]).toEqual([range, 200, null]);
      expect(await bytesOf(response!)).toEqual(PDF);
    }
  });

  it('answers HEAD with the same headers and no body', async () => {
    const hash = await stored(PDF, 'application/pdf');
    const sw = worker();
    const get = await sw(linkTo(hash, 'AG-RES-2629.pdf'));
    const head = await sw(linkTo(hash, 'AG-RES-2629.pdf'), { method: 'HEAD' });
    expect(head?.status).toBe(200);
    expect(headersOf(head!)).toEqual(headersOf(get!));
    expect(head!.body).toBeNull();
    const missing = await sw(linkTo('f'.repeat(64), 'a.pdf'), { method: 'HEAD' });
    expect([missing?.status, missing!.headers.get('content-type'), missing!.body]).toEqual([404, 'text/plain; charset=utf-8', null]);
  });
});
