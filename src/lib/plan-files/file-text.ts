/*
 * A plan file's text, exactly as JSON.stringify(file, null, 2) writes it, but record by record
 * with a pause for the page every few thousand records, and its size in UTF-8 counted on the
 * way: one JSON.stringify of the largest plan holds the main thread for a second on a slow
 * phone. The outer levels (file, plans, entry, bundle, its lists) are written here; each
 * record is written by JSON.stringify and indented to its place.
 */
import { counter, nextTask, type OnProgress } from './progress.ts';

/** Records written between two pauses. */
const RECORDS_PER_TASK = 500;

/** Depth of the bundle's lists (file > plans > entry > bundle > list): below, each item is one record. */
const LIST_DEPTH = 4;

export async function planFileText(file: object, onProgress?: OnProgress): Promise<{ text: string; bytes: number }> {
  const advance = counter('exporting', countRecords(file, 0), onProgress);
  const parts: string[] = [];
  let bytes = 0;
  let pending = 0;
  const emit = (part: string) => {
    parts.push(part);
    bytes += utf8Length(part);
  };
  const write = async (value: unknown, indent: string, depth: number): Promise<void> => {
    if (!descends(value, depth)) return emit(JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`));
    const inner = `${indent}  `;
    const items = Array.isArray(value) ? value.map((item) => [undefined, item] as const) : Object.entries(value).filter(([, v]) => v !== undefined);
    if (!items.length) return emit(Array.isArray(value) ? '[]' : '{}');
    emit(Array.isArray(value) ? '[\n' : '{\n');
    for (const [i, [key, item]] of items.entries()) {
      emit(key === undefined ? inner : `${inner}${JSON.stringify(key)}: `);
      await write(item, inner, depth + 1);
      emit(i < items.length - 1 ? ',\n' : `\n${indent}`);
      if (Array.isArray(value) && depth >= LIST_DEPTH - 1) {
        advance(1);
        if (++pending >= RECORDS_PER_TASK) {
          pending = 0;
          await nextTask();
        }
      }
    }
    emit(Array.isArray(value) ? ']' : '}');
  };
  await write(file, '', 0);
  return { text: parts.join(''), bytes };
}

/** True for the levels written here rather than by JSON.stringify: objects above the lists, and the lists. */
function descends(value: unknown, depth: number): value is object {
  if (typeof value !== 'object' || value === null) return false;
  return depth < LIST_DEPTH || (depth === LIST_DEPTH && Array.isArray(value));
}

/** The items of the lists `write` counts as records (bundle lists and histories). */
function countRecords(value: unknown, depth: number): number {
  if (!descends(value, depth)) return 0;
  const items = Object.values(value);
  const own = Array.isArray(value) && depth >= LIST_DEPTH - 1 ? items.length : 0;
  return own + items.reduce<number>((n, item) => n + countRecords(item, depth + 1), 0);
}

/** Bytes of `text` in UTF-8, counted without encoding it (encoding every part allocated 10 MB in small pieces). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4; // a surrogate pair is one code point, 4 bytes
        i++;
      } else bytes += 3; // a lone surrogate is written as U+FFFD, 3 bytes
    } else bytes += 3;
  }
  return bytes;
}
