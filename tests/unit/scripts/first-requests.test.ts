/*
 * index.html's first-requests script (scripts/first-requests.ts), run in a page as the browser
 * runs it: it preloads the strings of the language the app will choose (i18n/language.ts's
 * rule, compared case by case), the default plan only on a first visit to the overview, and
 * nothing else; on a device that holds data it begins opening the database for the overview's
 * early read, creating none; its hash is the one the policy allows; a page without the places
 * it needs stops the build with a message.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FIRST_REQUESTS_HASH, FIRST_REQUESTS_SCRIPT, withFirstRequests } from '../../../scripts/first-requests.ts';
import { MARKER_KEY } from '../../../src/lib/db/marker-key.ts';
import { DATABASE_NAME } from '../../../src/lib/db/migrations.ts';
import { detectLanguage, LANGUAGE_KEY } from '../../../src/lib/i18n/language.ts';
import { databaseNames, rawCreate, rawDump } from '../db/raw-idb.ts';

const CHUNKS = { fr: './assets/fr-1.js', en: './assets/en-1.js', es: './assets/es-1.js', pt: './assets/pt-1.js', plan: './assets/mispa-iii-1.js' };
const NAMED = { ...CHUNKS, database: DATABASE_NAME };
const BUILT = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" />
<script type="module" crossorigin src="./assets/index-1.js"></script>
<link rel="stylesheet" crossorigin href="./assets/style-1.css">
</head><body></body></html>`;

type Visit = { languages?: string[]; remembered?: string; marker?: boolean; hash?: string; storage?: 'refused' };

type EarlyOpen = { name: string; db: Promise<IDBDatabase | undefined> };

/** The page the script ran in, opened at `hash` on a device with `languages` (this test's IndexedDB). */
function visit({ languages = ['fr-FR'], remembered, marker = false, hash = '', storage }: Visit): JSDOM['window'] & { quorumEarlyOpen?: EarlyOpen } {
  const dom = new JSDOM(withFirstRequests(BUILT, NAMED), {
    url: `http://localhost/app/${hash}`,
    runScripts: 'dangerously',
    beforeParse(window) {
      Object.defineProperty(window.navigator, 'languages', { value: languages });
      Object.defineProperty(window, 'indexedDB', { value: indexedDB });
      if (storage === 'refused') {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new window.DOMException('denied', 'SecurityError');
          },
        });
        return;
      }
      if (remembered !== undefined) window.localStorage.setItem(LANGUAGE_KEY, remembered);
      if (marker) window.localStorage.setItem(MARKER_KEY, '1');
    },
  });
  return dom.window;
}

/** The hrefs the script preloads in that page. */
function preloads(device: Visit): string[] {
  const links = [...visit(device).document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
  for (const link of links) expect(link.getAttribute('crossorigin')).toBe('');
  return links.map((link) => link.getAttribute('href')!);
}

describe('the first-requests script', () => {
  it('preloads the chosen language’s strings and, on a first visit to the overview, the default plan', () => {
    expect(preloads({ languages: ['en-US', 'fr'] })).toEqual([CHUNKS.en, CHUNKS.plan]);
    expect(preloads({ languages: ['fr-CA'], hash: '#/' })).toEqual([CHUNKS.fr, CHUNKS.plan]);
  });

  it('chooses the language as the app does, case by case', () => {
    const cases: { languages: string[]; remembered?: string }[] = [
      { languages: ['de-DE', 'pt-BR', 'en'] },
      { languages: ['de-DE'] },
      { languages: [] },
      { languages: ['EN_gb'] },
      { languages: [' es '] },
      { languages: ['en-US'], remembered: 'pt' },
      { languages: ['en-US'], remembered: 'xx' },
      { languages: ['en-US'], remembered: '' },
    ];
    for (const visit of cases) {
      const lang = detectLanguage(visit.languages, visit.remembered ?? null);
      expect(preloads(visit)[0], JSON.stringify(visit)).toBe(CHUNKS[lang]);
    }
  });

  it('leaves the default plan alone on a device that holds data, or on another screen', () => {
    expect(preloads({ languages: ['es'], marker: true })).toEqual([CHUNKS.es]);
    expect(preloads({ languages: ['es'], hash: '#/calendar' })).toEqual([CHUNKS.es]);
  });

  it('follows the device when storage is refused, as the app does', () => {
    expect(preloads({ languages: ['pt-PT'], storage: 'refused' })).toEqual([CHUNKS.pt]);
  });

  it('on a device that holds data, opens the database for the overview’s early read', async () => {
    await rawCreate(DATABASE_NAME, 10, { meta: 'key' });
    const page = visit({ marker: true });
    expect(page.quorumEarlyOpen?.name).toBe(DATABASE_NAME);
    const db = (await page.quorumEarlyOpen!.db)!;
    expect(db.version).toBe(10);
    expect([...db.objectStoreNames]).toEqual(['meta']);
    // Out of the way of an upgrade: closed when another connection asks for one.
    await rawCreate(DATABASE_NAME, 11, { plans: 'id' });
    expect((await rawDump(DATABASE_NAME)).version).toBe(11);
  });

  it('creates no database when the data marker outlived it, and opens none on a first visit or another screen', async () => {
    const page = visit({ marker: true });
    expect(await page.quorumEarlyOpen!.db).toBeUndefined();
    expect(await databaseNames()).not.toContain(DATABASE_NAME);
    expect(visit({}).quorumEarlyOpen).toBeUndefined();
    expect(visit({ marker: true, hash: '#/calendar' }).quorumEarlyOpen).toBeUndefined();
  });

  it('is allowed by its hash, added to script-src without unsafe-inline', () => {
    const html = withFirstRequests(BUILT, NAMED);
    const inline = /<script data-[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(inline).toBe(FIRST_REQUESTS_SCRIPT);
    expect(FIRST_REQUESTS_HASH).toBe(`'sha256-${createHash('sha256').update(inline).digest('base64')}'`);
    expect(html).toContain(`script-src 'self' ${FIRST_REQUESTS_HASH}; style-src 'self'`);
    expect(html.indexOf('<script data-')).toBeGreaterThan(html.indexOf('<script type="module"'));
    expect(html.indexOf('<script data-')).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
  });

  it('stops the build when the page has no policy or no stylesheet to place it by', () => {
    expect(() => withFirstRequests(BUILT.replace("script-src 'self'; ", ''), CHUNKS)).toThrow(/script-src/);
    expect(() => withFirstRequests(BUILT.replace(/<link rel="stylesheet"[^>]*>/, ''), CHUNKS)).toThrow(/stylesheet/);
    expect(readFileSync('index.html', 'utf8')).not.toContain(FIRST_REQUESTS_HASH);
  });
});
