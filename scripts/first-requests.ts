/*
 * The first screen's second round of requests, asked for with the first. The app's code learns
 * the interface language and whether this is a first visit only once it has arrived and run,
 * and only then asks for that language's first-screen strings (i18n/messages/<lang>.ts) and,
 * on a first visit, the embedded default plan (data/mispa-iii.ts): one more round trip after
 * the app's code. A few lines in index.html, run while the HTML is read, make the same choice
 * (i18n/language.ts's rule: the remembered language, else the device's first known one, else
 * French; db/marker-key.ts's marker absent, on the overview's address) and modulepreload those
 * chunks beside the app's code: the browser then has them when the code asks. On a device that
 * holds data, it begins opening the database for the overview's early read (db/first-read.ts
 * takes the connection): about 70 ms of a warm load at 4× CPU, spent while the app's code loads.
 * It opens only a database that exists (creating none: the upgrade is aborted) and closes it
 * when another connection wants to change its schema.
 *
 * The script is inline (a file of its own would be one more round trip before it could act)
 * and allowed by its hash in the Content-Security-Policy, which stays without
 * 'unsafe-inline'. Its text never changes with a build: the chunks' names are attributes of
 * the script element, so its hash, which the README's server headers carry too, stays the
 * same until this text changes (tests/unit/scripts/first-requests.test.ts and tests/e2e/csp.test.ts check it).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { LANGUAGE_KEY } from '../src/lib/i18n/language.ts';
import { LANGUAGES } from '../src/lib/i18n/index.ts';
import { MARKER_KEY } from '../src/lib/db/marker-key.ts';
import { DATABASE_NAME } from '../src/lib/db/migrations.ts';

/** The inline script: modulepreloads the chunks its element's data attributes name, opens the database they name. */
export const FIRST_REQUESTS_SCRIPT = `(() => {
  const named = document.currentScript.dataset;
  const known = (tag) => ${JSON.stringify(LANGUAGES)}.find((lang) => lang === String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0]);
  let remembered = null;
  let firstVisit = false;
  try {
    remembered = localStorage.getItem(${JSON.stringify(LANGUAGE_KEY)});
    firstVisit = localStorage.getItem(${JSON.stringify(MARKER_KEY)}) === null;
  } catch {}
  const lang = known(remembered) ?? (navigator.languages ?? [navigator.language]).map(known).find(Boolean) ?? 'fr';
  const preload = (href) => {
    if (!href) return;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.setAttribute('crossorigin', '');
    link.href = href;
    document.head.append(link);
  };
  preload(named[lang]);
  if (!/^#?\\/?$/.test(location.hash)) return;
  if (firstVisit) return preload(named.plan);
  const name = named.database;
  const db = new Promise((resolve) => {
    try {
      const request = indexedDB.open(name);
      request.onupgradeneeded = () => request.transaction.abort();
      request.onsuccess = () => {
        request.result.onversionchange = () => request.result.close();
        resolve(request.result);
      };
      request.onerror = (event) => {
        event.preventDefault();
        resolve(undefined);
      };
    } catch {
      resolve(undefined);
    }
  });
  window.quorumEarlyOpen = { name, db };
})();`;

/** The CSP source that allows the inline script. */
export const FIRST_REQUESTS_HASH = `'sha256-${createHash('sha256').update(FIRST_REQUESTS_SCRIPT).digest('base64')}'`;

/**
 * `html` with the script (its element naming the chunks and the database) after the app's code and its preloads,
 * so that they are asked for first, and before the stylesheet, which an inline script would
 * wait for; its hash in the policy's script-src.
 */
export function withFirstRequests(html: string, named: Record<string, string>): string {
  const attributes = Object.entries(named)
    .map(([name, href]) => ` data-${name}="${href}"`)
    .join('');
  const allowed = html.replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')/, `$1 ${FIRST_REQUESTS_HASH}`);
  if (allowed === html) throw new Error("index.html has no Content-Security-Policy with script-src 'self' to allow the first-requests script in");
  const placed = allowed.replace(/(\s*)<link rel="stylesheet"/, `$1<script${attributes}>${FIRST_REQUESTS_SCRIPT}</script>$1<link rel="stylesheet"`);
  if (placed === allowed) throw new Error('index.html has no stylesheet to put the first-requests script before');
  return placed;
}

/** In a build: each language's first-screen strings chunk and the default plan's, found by their source modules. */
export function firstRequestsPlugin(): Plugin {
  return {
    name: 'quorum-first-requests',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunkOf = (source: string) => {
          const chunk = Object.values(bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.replaceAll('\\', '/').endsWith(source));
          if (!chunk) throw new Error(`The build has no chunk for ${source}, which index.html's first-requests script preloads`);
          return `./${chunk.fileName}`;
        };
        const chunks: Record<string, string> = {};
        for (const lang of LANGUAGES) chunks[lang] = chunkOf(`/src/lib/i18n/messages/${lang}.ts`);
        chunks.plan = chunkOf('/src/data/mispa-iii.ts');
        return withFirstRequests(html, { ...chunks, database: DATABASE_NAME });
      },
    },
  };
}
