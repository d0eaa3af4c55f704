/*
 * Reading a file's bytes as text (read-file.ts readText, used by plan files and .ics alike):
 * strictly UTF-8, whether the browser hands the whole file or streams it in chunks.
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { readIcsFile } from '../../../src/lib/ical/ics-import.ts';
import { readPlanFile, readText } from '../../../src/lib/plan-files/read-file.ts';
import { fileText } from './transfer-helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

/** A Blob the way a browser streams it, in exactly the chunks given (jsdom's Blob has no stream()). */
function streamed(chunks: number[][]): Blob {
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const stream = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
        controller.close();
      },
    });
  return { size, stream } as unknown as Blob;
}

/** `bytes` cut into chunks of `size` bytes. */
function chunked(bytes: Uint8Array, size: number): number[][] {
  const chunks: number[][] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push([...bytes.slice(i, i + size)]);
  return chunks;
}

const whole = (bytes: number[] | Uint8Array) => new Blob([new Uint8Array(bytes) as BlobPart]);
const progress = () => {};

describe('readText', () => {
  const INVALID: [string, number[]][] = [
    ['a lone continuation byte', [0x41, 0x80, 0x42]],
    ['a byte that never occurs in UTF-8', [0x41, 0xff]],
    ['a lead byte followed by ASCII', [0xc3, 0x28]],
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a character cut at the end of the file', [0x41, 0xe2, 0x82]],
    ['Latin-1 text', [...'Réunion'].map((c) => c.charCodeAt(0))],
  ];

  it.each(INVALID)('refuses %s, read whole or streamed', async (_, bytes) => {
    expect(await readText(whole(bytes))).toEqual({ path: '', key: 'file.notUtf8' });
    expect(await readText(streamed([bytes]), progress)).toEqual({ path: '', key: 'file.notUtf8' });
  });

  it('drops a byte order mark at the start, read whole or streamed', async () => {
    expect(await readText(whole([...BOM, ...utf8('{"a":1}')]))).toBe('{"a":1}');
    expect(await readText(streamed([BOM, [...utf8('{"a":1}')]]), progress)).toBe('{"a":1}');
    expect(await readText(streamed([[0xef], [0xbb, 0xbf, 0x41]]), progress)).toBe('A');
  });

  it('decodes characters whose bytes straddle two chunks', async () => {
    const text = 'Réunion à Port-d’Espagne — 会議 🗓️ São Paulo';
    const bytes = utf8(text);
    for (const size of [1, 2, 3, 5, 7]) expect(await readText(streamed(chunked(bytes, size)), progress)).toBe(text);
  });

  it('says a file cannot be read when the browser fails to read it, not that it is not UTF-8', async () => {
    const failing = { size: 10, stream: () => new ReadableStream({ pull: (c) => c.error(new DOMException('gone', 'NotReadableError')) }) } as unknown as Blob;
    expect(await readText(failing, progress)).toEqual({ path: '', key: 'file.readFailed' });
  });
});

describe('readPlanFile', () => {
  it('refuses a plan file with invalid bytes in a text, never showing "\uFFFD"', async () => {
    const [head, tail] = fileText().split('MISPA-III') as [string, string];
    const bytes = [...utf8(head), 0x4d, 0xff, ...utf8(tail)];
    expect(await readPlanFile(whole(bytes))).toEqual({ ok: false, problems: [{ path: '', key: 'file.notUtf8' }] });
    expect(await readPlanFile(streamed(chunked(new Uint8Array(bytes), 64)), progress)).toEqual({ ok: false, problems: [{ path: '', key: 'file.notUtf8' }] });
  });

  it('reads a plan file saved with a BOM', async () => {
    const result = await readPlanFile(whole([...BOM, ...utf8(fileText())]));
    expect(result.ok).toBe(true);
  });
});

describe('readIcsFile', () => {
  it('refuses a calendar that is not UTF-8 the same way', async () => {
    const bytes = [...utf8('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:R'), 0xe9, ...utf8('union\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')];
    expect(await readIcsFile(whole(bytes), mispaIII, new Date('2024-03-01T10:00:00.000Z'))).toEqual({
      ok: false,
      problems: [{ path: '', key: 'file.notUtf8' }],
    });
  });
});
