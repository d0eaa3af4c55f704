// @vitest-environment node
/*
 * `npm run publish -- <plan file> <out dir>` (scripts/publish.mjs), run as a secretariat's CI
 * would: a real process, real files. It publishes a plan file into a folder, adds a second
 * plan beside the first, and refuses (exit 1, nothing written) a file that is not a plan file
 * and a folder whose index.json is not a Quorum site's; a wrong command line exits 2. With a
 * key file made by --make-key it signs, and the app's reader verifies the signature.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { readPlanFile } from '../../../src/lib/plan-files/read-file.ts';
import { thumbprint } from '../../../src/lib/plan-files/signature.ts';
import { readSiteIndex } from '../../../src/lib/publishing/site-index.ts';
import { makeBundle, makePlanFile } from '../factories.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-publish-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function publish(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/publish.mjs', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function planFile(name: string, bundle = mispaIII): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(makePlanFile([{ bundle }])));
  return path;
}

/** Every file under `root`, relative. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

describe('npm run publish', () => {
  it('publishes a plan file into a folder, then a second plan beside it', { timeout: 60_000 }, () => {
    const site = join(dir, 'site');
    const first = publish(planFile('mispa.quorum.json'), site, '--app-url', 'https://plans.example.org/quorum/', '--refresh-minutes', '30');
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain(`Published ${mispaIII.plan.shortTitle.text}`);
    expect(tree(site)).toEqual(
      [
        'index.json',
        'plans/mispa-iii/calendar.ics',
        'plans/mispa-iii/plan.quorum.json',
        ...mispaIII.meetings.map((m) => `plans/mispa-iii/meetings/${m.id.replace('mispa-iii/', '')}.ics`),
      ].sort(),
    );
    const feed = readFileSync(join(site, 'plans/mispa-iii/calendar.ics'), 'utf8');
    expect(feed).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT30M');
    expect(feed).toContain('URL;VALUE=URI:https://plans.example.org/quorum/#/meeting/');

    const second = publish(planFile('other.quorum.json', makeBundle('other')), site);
    expect(second.code).toBe(0);
    const index = readSiteIndex(readFileSync(join(site, 'index.json'), 'utf8'));
    expect(index.ok && index.index.plans.map((p) => p.id)).toEqual([mispaIII.plan.id, 'other']);
  });

  it('refuses a file that is not a plan file, saying why in English, and writes nothing', { timeout: 30_000 }, () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "quorum-plan", "version": 2, "plans": [');
    const run = publish(bad, join(dir, 'site'));
    expect(run.code).toBe(1);
    expect(run.err).toContain('is not a plan file Quorum can publish. Nothing was written.');
    expect(run.err).toMatch(/cut off/);
    expect(readdirSync(dir)).toEqual(['bad.json']);
  });

  it('refuses a folder whose index.json is not a Quorum site’s, and leaves the folder as it was', { timeout: 30_000 }, () => {
    const site = join(dir, 'site');
    const foreign = join(site, 'index.json');
    rmSync(site, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', site]);
    writeFileSync(foreign, '{"name": "someone else’s site"}');
    const run = publish(planFile('mispa.quorum.json'), site);
    expect(run.code).toBe(1);
    expect(run.err).toContain('is not the index of a Quorum site. Nothing was written');
    expect(tree(site)).toEqual(['index.json']);
    expect(readFileSync(foreign, 'utf8')).toBe('{"name": "someone else’s site"}');
  });

  it('makes a key file once, signs with it, and says so; an unsigned site says it is not signed', { timeout: 60_000 }, async () => {
    const keyFile = join(dir, 'cidi.key.json');
    const made = publish('--make-key', keyFile, '--name', 'Secrétariat de la CIDI');
    expect(made).toMatchObject({ code: 0, err: '' });
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    // Never over an existing key: its followers would see another key.
    const again = publish('--make-key', keyFile, '--name', 'Someone');
    expect(again.code).toBe(1);
    expect(JSON.parse(readFileSync(keyFile, 'utf8')).name).toBe('Secrétariat de la CIDI');

    const site = join(dir, 'site');
    const run = publish(planFile('mispa.quorum.json'), site, '--key', keyFile);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Signed by Secrétariat de la CIDI (key ');
    const read = await readPlanFile(readFileSync(join(site, 'plans/mispa-iii/plan.quorum.json'), 'utf8'));
    const key = JSON.parse(readFileSync(keyFile, 'utf8')).publicKey;
    expect(read.ok && read.file.checkedSignature).toEqual({ status: 'signed', name: 'Secrétariat de la CIDI', key, thumbprint: await thumbprint(key) });
    const index = readSiteIndex(readFileSync(join(site, 'index.json'), 'utf8'));
    expect(index.ok && index.index.publisher?.name).toBe('Secrétariat de la CIDI');

    const unsigned = publish(planFile('mispa.quorum.json'), join(dir, 'plain'));
    expect(unsigned.out).toContain('Not signed');
  });

  it('refuses a key file that is not one, and writes nothing', { timeout: 30_000 }, () => {
    const keyFile = join(dir, 'bad.key.json');
    writeFileSync(keyFile, '{"format": "quorum-publisher-key", "name": "X", "publicKey": {}, "privateKey": {}}');
    const run = publish(planFile('mispa.quorum.json'), join(dir, 'site'), '--key', keyFile);
    expect(run.code).toBe(1);
    expect(run.err).toContain('holds no usable ECDSA P-256 key pair. Nothing was written.');
    writeFileSync(keyFile, '[]');
    expect(publish(planFile('mispa.quorum.json'), join(dir, 'site'), '--key', keyFile).err).toContain('is not a Quorum key file');
    expect(readdirSync(dir).sort()).toEqual(['bad.key.json', 'mispa.quorum.json']);
  });

  it('explains its command line when it is wrong', { timeout: 30_000 }, () => {
    for (const args of [
      [],
      ['only-one'],
      ['a', 'b', '--nope'],
      ['a', 'b', '--refresh-minutes', '1'],
      ['a', 'b', '--app-url', 'javascript:alert(1)'],
      ['--make-key', 'k.json'],
      ['a', 'b', '--name', 'X'],
    ]) {
      const run = publish(...args);
      expect(run.code).toBe(2);
      expect(run.err).toContain('Usage: npm run publish -- <plan file> <out dir>');
    }
  });
});
