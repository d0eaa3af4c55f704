/*
 * The Content-Security-Policy: index.html's is strict (default-src 'self', no inline script
 * but the built page's first-requests script, allowed by its hash (scripts/first-requests.ts),
 * object-src 'none', base-uri 'none'), the built app needs nothing it forbids, and the app
 * meets it on every screen, forms and the share and import screens included, and through
 * downloads, file import and an offline reload: no `securitypolicyviolation` event at all.
 * Interface code never renders markup from data ({@html}).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_REQUESTS_HASH, FIRST_REQUESTS_SCRIPT } from '../../scripts/first-requests.ts';
import { goto, openSession, organiserMode, waitForScreen, waitForServiceWorker, type Session } from './browser.ts';

const enc = encodeURIComponent;
const SCREENS = [
  '#/',
  '#/plan',
  `#/plan/${enc('mispa-iii/m5')}`,
  '#/calendar',
  `#/meeting/${enc('mispa-iii/wg-2011-09-15')}`,
  '#/timeline',
  '#/documents',
  `#/documents/${enc('mispa-iii/doc-cp-res-934')}`,
  '#/plans',
  '#/changes',
  `#/history/${enc('mispa-iii/wg-2011-09-22')}`,
  `#/edit/meeting/${enc('mispa-iii/wg-2011-09-22')}`,
  `#/new/meeting/${enc('mispa-iii')}`,
  `#/edit/plan/${enc('mispa-iii')}`,
  `#/edit/section/${enc('mispa-iii/s2')}`,
  `#/new/section/${enc('mispa-iii/s2')}`,
  `#/edit/resolution/${enc('mispa-iii/res-2629')}`,
  `#/new/resolution/${enc('mispa-iii/s2')}`,
  `#/edit/mandate/${enc('mispa-iii/m5')}`,
  `#/new/mandate/${enc('mispa-iii/res-2629')}`,
  `#/edit/document/${enc('mispa-iii/doc-cp-res-934')}`,
  `#/new/document/${enc('mispa-iii')}`,
  '#/share',
  '#/open',
  `#/open?url=${enc('https://evil.example.net/plan.json')}`,
  '#/nowhere',
];

/** The policy of an HTML file's meta tag, directive by directive. */
function metaPolicy(file: string): Map<string, string[]> {
  const html = readFileSync(file, 'utf8');
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
  if (!content) throw new Error(`${file} has no Content-Security-Policy meta tag`);
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function svelteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? svelteFiles(path) : path.endsWith('.svelte') ? [path] : [];
  });
}

describe('the policy', () => {
  it.each(['index.html', 'dist/index.html'])('%s sets a strict policy', (file) => {
    const policy = metaPolicy(file);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(file === 'index.html' ? ["'self'"] : ["'self'", FIRST_REQUESTS_HASH]);
    for (const [name, values] of policy) {
      expect(values, name).not.toContain("'unsafe-inline'");
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(
        values.filter((v) => /^(https?:|\*|data:)/.test(v) && name !== 'img-src'),
        name,
      ).toEqual([]);
    }
  });

  it('the built page has no inline script but the first-requests one, no style or event handler to allow', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline).toEqual([FIRST_REQUESTS_SCRIPT]);
    expect(FIRST_REQUESTS_HASH).toBe(`'sha256-${createHash('sha256').update(inline[0]!).digest('base64')}'`);
    expect(html.match(/<style\b|\sstyle=|\son[a-z]+=/gi) ?? []).toEqual([]);
  });

  it('no component renders markup with {@html}', () => {
    const using = svelteFiles('src').filter((file) => readFileSync(file, 'utf8').includes('{@html'));
    expect(using).toEqual([]);
  });

  it('the README gives the built page’s policy as the header to set, with frame-ancestors', () => {
    const content = /content="([^"]+)"/.exec(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/.exec(readFileSync('dist/index.html', 'utf8'))![0])![1]!;
    expect(content).toContain(FIRST_REQUESTS_HASH);
    // And the servers the tests run the app on (nginx, Apache with WebDAV) set that header.
    for (const config of ['tests/servers/nginx.conf', 'tests/servers/apache-dav.conf']) {
      expect(readFileSync(config, 'utf8'), config).toContain(`Content-Security-Policy "${content}; frame-ancestors 'none'"`);
    }
    expect(readFileSync('README.md', 'utf8')).toContain(`${content}; frame-ancestors 'none'`);
  });
});

describe('the built app meets the policy', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await session.context.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    // The edit screens below open their forms, as they did before reading mode.
    await organiserMode(session);
  });
  afterAll(async () => session.close());

  const violations = () => session.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  const consoleReports = () => session.errors.filter((e) => /Content Security Policy/i.test(e));

  it('records a violation when there is one (the check can fail)', async () => {
    await goto(session, '#/');
    await session.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await session.page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0);
    expect(await violations()).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    expect(await session.page.evaluate(() => 'inlineRan' in window)).toBe(false);
    // A new document starts with no violation recorded.
    await session.page.reload();
    await waitForScreen(session.page);
    session.errors.length = 0;
    expect(await violations()).toEqual([]);
  });

  it.each(SCREENS)('%s raises no violation', async (hash) => {
    await session.page.goto('about:blank');
    await goto(session, hash);
    // Let lazy chunks, styles and live queries settle.
    await session.page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    expect(consoleReports()).toEqual([]);
  });

  it('raises none through downloads, a file import and an offline reload from the service worker', async () => {
    const { page } = session;
    await goto(session, `#/meeting/${enc('mispa-iii/wg-2011-09-22')}`);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ajouter à mon agenda' }).click()]);
    await goto(session, '#/share');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter le fichier' }).click()]);
    await page.getByLabel('Choisir un fichier').setInputFiles(await download.path());
    await page.getByRole('button', { name: 'Importer' }).waitFor();
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.waitForURL(/#\/plan$/);
    await waitForScreen(page);
    expect(await violations()).toEqual([]);

    await waitForServiceWorker(session);
    await session.context.setOffline(true);
    for (const hash of ['#/', '#/calendar', '#/share']) {
      await page.goto('about:blank');
      await goto(session, hash);
      expect(await violations()).toEqual([]);
    }
    await session.context.setOffline(false);
    expect(consoleReports()).toEqual([]);
  });
});
