/*
 * Opening a plan file: from the user's Blob (or text) to a PlanFile the app can preview and
 * apply, or to the list of what is wrong with it. Nothing here writes anything. In order:
 * size (before reading a byte), JSON, the format's name and version, the upgrade of an
 * older version, the schema (which also drops every key it does not know), then the checks
 * across records, and last the signature (signature.ts). Each step stops the reading when it fails, so later messages never
 * describe the consequences of an earlier problem.
 */
import * as v from 'valibot';
import { checkPlanFile } from './file-checks.ts';
import { FORMAT_NAME, FORMAT_VERSION, OLDEST_FORMAT_VERSION, PlanFileSchema, type PlanFile } from './format.ts';
import { parseJsonText } from './json-text.ts';
import { MAX_FILE_BYTES } from './limits.ts';
import { capProblems, problem, problemFromIssue, quote, type FileProblem } from './problems.ts';
import { counter, type OnProgress } from './progress.ts';
import { checkSignature } from './signature.ts';
import { upgradeFile } from './upgrade.ts';

export type ReadResult = { ok: true; file: PlanFile } | { ok: false; problems: FileProblem[] };

/** Reads and checks `file`, reporting the bytes read, then the checking (see read-off-thread.ts for the worker). */
export async function readPlanFile(file: Blob | string, onProgress?: OnProgress): Promise<ReadResult> {
  const text = await readText(file, onProgress);
  if (typeof text !== 'string') return fail([text]);
  onProgress?.({ step: 'checking' });
  const json = parseJsonText(text);
  if (!json.ok) return fail(json.problems);
  const read = checkPlanFileValue(json.value);
  // The signature covers the file as written: it is checked against the parsed JSON, before the schema drops a key.
  if (read.ok) read.file.checkedSignature = await checkSignature(json.value);
  return read;
}

/**
 * The text of `file`, or the problem that kept it from being read (too large, unreadable, not
 * UTF-8). Bytes that are not UTF-8 are refused, never shown as "�"; a BOM is dropped.
 */
export async function readText(file: Blob | string, onProgress?: OnProgress): Promise<string | FileProblem> {
  const size = typeof file === 'string' ? byteLength(file) : file.size;
  if (size > MAX_FILE_BYTES) return tooLarge(size);
  if (typeof file === 'string') return file;
  try {
    if (typeof file.stream === 'function' && onProgress) return await streamText(file, onProgress);
    const advance = counter('reading', size, onProgress);
    const text = utf8Decoder()(new Uint8Array(await file.arrayBuffer()), true);
    advance(size);
    return text;
  } catch (error) {
    return problem('', error instanceof NotUtf8Error ? 'file.notUtf8' : 'file.readFailed');
  }
}

/** The text of `blob`, read chunk by chunk so that the bytes read can be shown. */
async function streamText(blob: Blob, onProgress: OnProgress): Promise<string> {
  const reader = blob.stream().getReader();
  const decode = utf8Decoder();
  const parts: string[] = [];
  const advance = counter('reading', blob.size, onProgress);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // `stream`: a character whose bytes straddle two chunks is decoded with the second.
    parts.push(decode(value, false));
    advance(value.byteLength);
  }
  parts.push(decode(new Uint8Array(0), true));
  return parts.join('');
}

class NotUtf8Error extends Error {}

/** A strict UTF-8 decoder: bytes that are no UTF-8 (or a character cut at the end) throw NotUtf8Error. */
function utf8Decoder(): (bytes: Uint8Array, last: boolean) => string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return (bytes, last) => {
    try {
      return decoder.decode(bytes, { stream: !last });
    } catch {
      throw new NotUtf8Error();
    }
  };
}

/** Everything after JSON parsing, for a value that may be anything. */
export function checkPlanFileValue(value: unknown): ReadResult {
  const header = checkHeader(value);
  if (header) return fail([header]);
  const raw = value as Record<string, unknown>;
  const upgraded = upgradeFile(raw, raw.version as number, FORMAT_VERSION);
  const parsed = v.safeParse(PlanFileSchema, upgraded);
  if (!parsed.success) return fail(parsed.issues.map((issue) => problemFromIssue(issue)));
  const file = parsed.output as PlanFile;
  const problems = checkPlanFile(file);
  return problems.length ? fail(problems) : { ok: true, file };
}

/** The file as a whole: an object naming our format, in a version this app reads. */
function checkHeader(value: unknown): FileProblem | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem('', 'file.notPlanFile');
  const { format, version } = value as Record<string, unknown>;
  if (format === undefined) return problem('format', 'file.notPlanFile');
  if (format !== FORMAT_NAME) return problem('format', 'file.wrongFormat', { found: quote(format) });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_FORMAT_VERSION) {
    return problem('version', 'file.versionInvalid', { found: quote(version) });
  }
  if (version > FORMAT_VERSION) return problem('version', 'file.newerVersion', { version, supported: FORMAT_VERSION });
  return undefined;
}

function fail(problems: readonly FileProblem[]): ReadResult {
  return { ok: false, problems: capProblems(problems) };
}

function tooLarge(size: number): FileProblem {
  const mb = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
  return problem('', 'file.tooLarge', { size: mb(size), max: mb(MAX_FILE_BYTES) });
}

/** UTF-8 size of `text`; a string longer than the cap in UTF-16 units is too large in UTF-8 too. */
function byteLength(text: string): number {
  return text.length > MAX_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
}
