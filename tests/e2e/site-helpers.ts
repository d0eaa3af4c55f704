/*
 * A published plan site on a test's own nginx (scripts/nginx.mjs): the secretariat's plan
 * file, kept as a file and changed between publishings, published by `npm run publish`,
 * signed with a key file made once per name; and a page load of the app at a hash.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { startNginx, type Nginx } from '../../scripts/nginx.mjs';
import { waitForScreen } from './browser.ts';

export const MOVED = 'mispa-iii/wg-2011-09-22';
export const LINK = '#/open?url=plans/mispa-iii/plan.quorum.json';

/** A work folder, and nginx serving the built app from `www/` in it. */
export async function serveApp(prefix: string): Promise<{ work: string; nginx: Nginx }> {
  const work = mkdtempSync(join(tmpdir(), prefix));
  // nginx's workers drop root for an unprivileged user, who must be able to read the web root.
  chmodSync(work, 0o755);
  const root = join(work, 'www');
  cpSync('dist', root, { recursive: true });
  return { work, nginx: await startNginx(root) };
}

type SiteFile = { plans: { bundle: { meetings: Record<string, unknown>[] } }[] };

/** The seed's plan file in `work`, with `change` made to it. */
export async function planFile(work: string, change?: (file: SiteFile) => void): Promise<string> {
  const { mispaIII } = await import('../../src/data/mispa-iii.ts');
  const file = { format: 'quorum-plan', version: 2, exportedAt: '2026-12-01T09:00:00.000Z', plans: [{ bundle: structuredClone(mispaIII) }] };
  change?.(file as never);
  const path = join(work, 'plan.quorum.json');
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

/** The meeting of 22 September moved to `day`, as the secretariat does (SEQUENCE raised, dated `at`). */
export function moveMeeting(day: string, sequence: number, at: string): (file: SiteFile) => void {
  return (file) => {
    const meeting = file.plans[0]!.bundle.meetings.find((m) => m.id === MOVED)!;
    Object.assign(meeting, { startDate: day, sequence: (meeting.sequence as number) + sequence, updatedAt: at });
  };
}

/** `npm run publish` of `file` into nginx's root, signed with the key file `key` in `work`. */
export function publish(work: string, nginx: Nginx, file: string, key = 'cidi'): void {
  const run = spawnSync(process.execPath, ['scripts/publish.mjs', file, nginx.root, '--app-url', nginx.url, '--key', keyFile(work, key)], {
    encoding: 'utf8',
  });
  expect({ code: run.status, err: run.stderr }).toEqual({ code: 0, err: '' });
}

/** A key file made by `npm run publish -- --make-key`, once per name, all named for the same secretariat. */
function keyFile(work: string, name: string): string {
  const path = join(work, `${name}.key.json`);
  if (!existsSync(path)) {
    const run = spawnSync(process.execPath, ['scripts/publish.mjs', '--make-key', path, '--name', 'Secrétariat de la CIDI'], { encoding: 'utf8' });
    expect({ code: run.status, err: run.stderr }).toEqual({ code: 0, err: '' });
  }
  return path;
}

/** A page load of the app at `hash` (a hash change alone would not start the app again). */
export async function load(page: Page, base: string, hash: string): Promise<void> {
  const target = new URL(hash, base);
  const sameDocument = page.url().split('#')[0] === target.href.split('#')[0];
  await page.goto(target.href);
  if (sameDocument) await page.reload();
  await waitForScreen(page);
}
