/*
 * A plan file published beside the app and opened from a link ("…/#/open?url=plans/x.quorum.json"):
 * only from the app's own origin (the Content-Security-Policy would block any other anyway,
 * and a link must not make the app read a file from a site the user does not know), only
 * online, and never more than the largest file the app reads: the declared size is checked
 * before reading, and the body is read no further than that. What it gets goes through the
 * same checks and preview as a file from the device.
 */
import { MAX_FILE_BYTES } from './limits.ts';
import { problem, type FileProblem } from './problems.ts';

export type Fetched = { ok: true; blob: Blob; name: string; validators?: Validators } | { ok: false; problems: FileProblem[] };

/** `url` resolved against the page, when it is an http(s) address of the page's own origin. */
export function sameOriginUrl(url: string, pageUrl: string): URL | FileProblem {
  let resolved: URL;
  try {
    resolved = new URL(url, pageUrl);
  } catch {
    return problem('', 'file.url.invalid');
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return problem('', 'file.url.invalid');
  if (resolved.origin !== new URL(pageUrl).origin) return problem('', 'file.url.otherOrigin', { origin: resolved.origin });
  resolved.hash = '';
  return resolved;
}

export async function fetchPlanFile(url: string, pageUrl: string, online: boolean, fetchImpl: typeof fetch = fetch): Promise<Fetched> {
  const got = await get(url, pageUrl, online, fetchImpl, { cache: 'no-cache' });
  if ('key' in got) return fail(got);
  const fetched = await body(got.response, got.target);
  return fetched.ok ? { ...fetched, validators: validatorsOf(got.response) } : fetched;
}

/** What a server sent with a file, to ask next time whether it changed. */
export type Validators = { etag?: string; lastModified?: string };

/**
 * The file at `url` only if it changed since the copy `validators` describe: a conditional
 * request (If-None-Match, If-Modified-Since; RFC 9110), so an unchanged file costs a 304 and
 * no body. The browser's own cache is left out of it: the answer is the server's.
 */
export async function fetchIfChanged(
  url: string,
  pageUrl: string,
  validators: Validators,
  fetchImpl: typeof fetch = fetch,
): Promise<{ ok: true; unchanged: true } | (Extract<Fetched, { ok: true }> & { validators: Validators }) | Extract<Fetched, { ok: false }>> {
  const headers: Record<string, string> = {};
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const got = await get(url, pageUrl, true, fetchImpl, { cache: 'no-store', headers });
  if ('key' in got) return fail(got) as Extract<Fetched, { ok: false }>;
  if (got.response.status === 304) return { ok: true, unchanged: true };
  const fetched = await body(got.response, got.target);
  if (!fetched.ok) return fetched;
  return { ...fetched, validators: validatorsOf(got.response) };
}

function validatorsOf(response: Response): Validators {
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

async function get(
  url: string,
  pageUrl: string,
  online: boolean,
  fetchImpl: typeof fetch,
  init: RequestInit,
): Promise<{ response: Response; target: URL } | FileProblem> {
  const target = sameOriginUrl(url, pageUrl);
  if (!(target instanceof URL)) return target;
  if (!online) return problem('', 'file.url.offline');
  let response: Response;
  try {
    // No cookies sent elsewhere, no redirect to another origin: a redirect is followed only within the origin.
    response = await fetchImpl(target.href, { credentials: 'same-origin', redirect: 'follow', ...init });
  } catch {
    return problem('', 'file.url.failed');
  }
  if (response.url && new URL(response.url).origin !== target.origin) return problem('', 'file.url.otherOrigin', { origin: new URL(response.url).origin });
  if (!response.ok && response.status !== 304) return problem('', 'file.url.httpError', { status: response.status });
  return { response, target };
}

async function body(response: Response, target: URL): Promise<Fetched> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > MAX_FILE_BYTES) {
    void response.body?.cancel();
    return fail(tooLarge(declared));
  }
  const chunks = await readCapped(response);
  if (typeof chunks === 'number') return fail(tooLarge(chunks));
  const type = response.headers.get('content-type') ?? '';
  return { ok: true, blob: new Blob(chunks, { type }), name: fileNameOf(target) };
}

/** The body's chunks, or the count of bytes read when it went past MAX_FILE_BYTES (reading stops there). */
async function readCapped(response: Response): Promise<Uint8Array<ArrayBuffer>[] | number> {
  if (!response.body) return [new Uint8Array(await response.arrayBuffer())];
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    total += value.byteLength;
    if (total > MAX_FILE_BYTES) {
      await reader.cancel();
      return total;
    }
    chunks.push(value);
  }
}

function fileNameOf(url: URL): string {
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last) || url.host;
  } catch {
    return last;
  }
}

function tooLarge(bytes: number): FileProblem {
  const mb = (n: number) => Math.ceil(n / (1024 * 1024));
  return problem('', 'file.tooLarge', { size: mb(bytes), max: mb(MAX_FILE_BYTES) });
}

function fail(p: FileProblem): Fetched {
  return { ok: false, problems: [p] };
}
