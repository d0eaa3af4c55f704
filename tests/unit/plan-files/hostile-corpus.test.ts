/*
 * The hostile corpus (tests/fixtures/hostile) and its manifest agree, so that the corpus the
 * end-to-end test feeds through the app (tests/e2e/hostile-files.test.ts) cannot silently
 * shrink: every file listed, every entry a committed file or a generated one, each with what
 * it attacks and the answer it must get, in messages the interface has.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesIn } from '../i18n/catalogs.ts';
import { GENERATED } from '../../../scripts/make-hostile-corpus.mjs';

type Entry = { file: string; attack: string; expect: string; keys?: string[]; skipped?: string[]; dependsOn?: string; generator?: string };

const CORPUS = join(import.meta.dirname, '../../fixtures/hostile');
const MANIFEST = 'manifest.json';
const { files: entries } = JSON.parse(readFileSync(join(CORPUS, MANIFEST), 'utf8')) as { files: Entry[] };
const committed = readdirSync(CORPUS).filter((name) => name !== MANIFEST && !name.startsWith('.'));
const messages: Record<string, string> = messagesIn('fr');

describe('the hostile corpus and its manifest', () => {
  it('holds at least 60 cases, plan files and calendars, each listed once', () => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(entries.map((e) => e.file)).size).toBe(entries.length);
    expect(entries.filter((e) => e.file.endsWith('.json')).length).toBeGreaterThanOrEqual(30);
    expect(entries.filter((e) => e.file.endsWith('.ics')).length).toBeGreaterThanOrEqual(20);
  });

  it('lists every committed file, and every entry has its file or its generator', () => {
    const listed = new Set(entries.map((e) => e.file));
    expect(committed.filter((name) => !listed.has(name))).toEqual([]);
    const orphans = entries.filter((e) => (e.generator ? !(e.file in GENERATED) || committed.includes(e.file) : !committed.includes(e.file)));
    expect(orphans.map((e) => e.file)).toEqual([]);
    expect(Object.keys(GENERATED).filter((name) => !listed.has(name))).toEqual([]);
    expect(entries.filter((e) => e.generator && e.generator !== 'scripts/make-hostile-corpus.mjs')).toEqual([]);
  });

  it('keeps committed files small (the large cases are generated)', () => {
    const large = committed.filter((name) => statSync(join(CORPUS, name)).size > 200 * 1024);
    expect(large).toEqual([]);
  });

  it('gives each case what it attacks and the answer it must get', () => {
    const unclear = entries.filter((e) => {
      if (!e.attack?.trim()) return true;
      if (e.expect === 'refused') return !e.keys?.length || e.skipped !== undefined;
      if (e.expect === 'preview') return e.keys !== undefined || (e.skipped !== undefined && (!e.file.endsWith('.ics') || !e.skipped.length));
      return true;
    });
    expect(unclear.map((e) => e.file)).toEqual([]);
    expect(entries.filter((e) => e.dependsOn !== undefined && !/^point [1-9]$/.test(e.dependsOn)).map((e) => e.file)).toEqual([]);
  });

  it('names only file messages the interface has (a case waiting for a fix may name the key the fix adds)', () => {
    const keys = entries.flatMap((e) => [...(e.keys ?? []), ...(e.skipped ?? [])].map((key) => ({ key, waiting: e.dependsOn !== undefined })));
    expect(keys.filter(({ key }) => !key.startsWith('file.')).map(({ key }) => key)).toEqual([]);
    expect(keys.filter(({ key, waiting }) => !waiting && !(key in messages)).map(({ key }) => key)).toEqual([]);
  });
});
