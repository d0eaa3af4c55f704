// @vitest-environment node
/*
 * Which navigations the service worker answers with the app's page (scripts/pwa-options.ts):
 * the app's own addresses, offline too, but never a file of the site opened in the browser.
 */
import { describe, expect, it } from 'vitest';
import { SITE_FILE } from '../../../scripts/pwa-options.ts';

describe('navigations left to the site', () => {
  it.each(['/follow-sync.js', '/plans/mispa-iii/plan.quorum.json', '/quorum/feeds/mispa-iii.ics', '/docs/CP-RES-934-fr.pdf?v=2', '/manifest.webmanifest'])(
    '%s is the site’s file, not the app',
    (path) => expect(SITE_FILE.test(path)).toBe(true),
  );

  it.each(['/', '/quorum/', '/index.html', '/quorum/index.htm', '/?lang=en', '/v1.2/', '/quorum/?file=plan.quorum.json'])('%s is the app’s page', (path) =>
    expect(SITE_FILE.test(path)).toBe(false),
  );
});
