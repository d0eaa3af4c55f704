/*
 * The few WebDAV requests shared editing needs (RFC 4918 over RFC 9110's validators): read a
 * file with its ETag, write it only if it is still the one read (`If-Match`) or only if there is
 * none yet (`If-None-Match: *`), make the folders a site needs (MKCOL), and read an ETag back
 * (a PUT's answer carries none on Apache). Each answer becomes an outcome the interface can say
 * in plain words (`SharedProblem`); the browser's own cache is never asked, and authentication
 * is the server's: the browser's prompt, or cookies (`credentials: 'include'`).
 */

export type SharedProblem =
  /** No network, or the server could not be reached at all (DNS, refused, CORS). */
  | 'offline'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  /** 409: a folder on the way is missing, or the address is not a WebDAV folder. */
  | 'conflict'
  /** 412: someone else wrote the file since it was read. */
  | 'changed'
  | 'locked'
  | 'full'
  | 'tooLarge'
  | 'server';

export type Failure = { ok: false; problem: SharedProblem; status?: number };

const PROBLEMS: Record<number, SharedProblem> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  405: 'forbidden',
  409: 'conflict',
  412: 'changed',
  413: 'tooLarge',
  423: 'locked',
  507: 'full',
};

function problemOf(status: number): SharedProblem {
  return PROBLEMS[status] ?? 'server';
}

export type Condition = { ifMatch: string } | { ifNoneMatch: '*' } | undefined;

export class WebDav {
  constructor(private readonly fetchImpl: typeof fetch = (...args) => fetch(...args)) {}

  private async request(url: string, init: RequestInit): Promise<Response | Failure> {
    try {
      return await this.fetchImpl(url, { cache: 'no-store', credentials: 'include', redirect: 'error', ...init });
    } catch {
      return { ok: false, problem: 'offline' };
    }
  }

  /** The file's text and ETag; `missing` for a 404. */
  async read(url: string): Promise<{ ok: true; text: string; etag?: string } | { ok: true; missing: true } | Failure> {
    const response = await this.request(url, { method: 'GET' });
    if (!(response instanceof Response)) return response;
    if (response.status === 404) return { ok: true, missing: true };
    if (response.status !== 200) return { ok: false, problem: problemOf(response.status), status: response.status };
    try {
      const text = await response.text();
      return { ok: true, text, ...etagOf(response) };
    } catch {
      return { ok: false, problem: 'offline' };
    }
  }

  /** Writes `bytes` at `url` under `condition`; the new ETag, read back when the answer has none. */
  async write(url: string, bytes: Uint8Array, type: string, condition?: Condition): Promise<{ ok: true; etag?: string } | Failure> {
    const headers: Record<string, string> = { 'Content-Type': `${type}; charset=utf-8` };
    if (condition && 'ifMatch' in condition) headers['If-Match'] = condition.ifMatch;
    if (condition && 'ifNoneMatch' in condition) headers['If-None-Match'] = '*';
    const response = await this.request(url, { method: 'PUT', headers, body: bytes as Uint8Array<ArrayBuffer> });
    if (!(response instanceof Response)) return response;
    if (response.status < 200 || response.status > 299) return { ok: false, problem: problemOf(response.status), status: response.status };
    const sent = etagOf(response);
    if (sent.etag && !sent.etag.startsWith('W/')) return { ok: true, ...sent };
    const head = await this.request(url, { method: 'HEAD' });
    return head instanceof Response && head.ok ? { ok: true, ...etagOf(head) } : { ok: true };
  }

  /** Makes the folder at `url` (ending in "/"); one already there is fine. */
  async makeFolder(url: string): Promise<{ ok: true } | Failure> {
    const response = await this.request(url, { method: 'MKCOL' });
    if (!(response instanceof Response)) return response;
    // 405: the folder exists already (RFC 4918 §9.3.1).
    if (response.status === 201 || response.status === 405) return { ok: true };
    return { ok: false, problem: problemOf(response.status), status: response.status };
  }
}

function etagOf(response: Response): { etag?: string } {
  const etag = response.headers.get('etag');
  return etag ? { etag } : {};
}
