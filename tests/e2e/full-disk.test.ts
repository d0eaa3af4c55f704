/*
 * A full disk, for real: Chromium's profile lives on a small tmpfs (mounted here; the tests
 * run as root), the app starts and seeds, then a large plan file is imported through the open
 * screen. The import cannot fit: the user gets the plain "not enough space" message in their
 * language, and every IndexedDB store is exactly as it was (or, when Chromium itself discards
 * its store after the disk filled, the app names the loss at the next start). The error Chromium raised is
 * recorded (a listener on each transaction's abort) and must be one classifyStorageError
 * recognises: this is the real path, not a stub.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../src/lib/db/storage-errors.ts';
import { generatePlan } from '../support/generate-plan.ts';
import { FORMAT_NAME, FORMAT_VERSION } from '../../src/lib/plan-files/format.ts';
import { eventually, goto, openSession, waitForScreen, type Session } from './browser.ts';
import { dumpDatabase } from './idb-dump.ts';

/** Room for Chromium's profile (about 4 MB), the app's caches and the seed, not for the import. */
const DISK_MB = Number(process.env.FULL_DISK_MB ?? 24);

let dir = '';
let session: Session | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_MB}m`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const reason = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
    throw new Error(`This test needs a real small file system: mounting a ${DISK_MB} MB tmpfs at ${dir} failed (run as root): ${reason}`, { cause: error });
  }
});

afterAll(async () => {
  await session?.close();
  if (dir) {
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

function planFile(planId: string, meetings: number, agendaItems: number): Buffer {
  const bundle = generatePlan({ seed: 11, meetings, agendaItems, mandates: Math.ceil(meetings / 4), planId });
  const file = { format: FORMAT_NAME, version: FORMAT_VERSION, exportedAt: '2024-01-15T12:00:00.000Z', app: 'Quorum', plans: [{ bundle }] };
  return Buffer.from(JSON.stringify(file, null, 2));
}

/** The id of the database instance (meta "instance", src/lib/db/lost-data.ts) a dump holds. */
function instanceOf(dump: Awaited<ReturnType<typeof dumpDatabase>>): string | undefined {
  if (dump === 'absent') return undefined;
  const meta = (dump.tables.meta ?? []) as { key: string; value: { id?: string } }[];
  return meta.find((m) => m.key === 'instance')?.value.id;
}

const freeKB = () => Number(execFileSync('df', ['-k', '--output=avail', dir]).toString().split('\n')[1]);

describe('a full disk', () => {
  it('an import that does not fit gets the plain message in the user’s language, and changes nothing', async () => {
    session = await openSession({ userDataDir: dir, locale: 'pt-BR' });
    const { page } = session;
    // Every distinct storage error Chromium gives the page (requests' and transactions'), and
    // every message the feedback bar shows: what the real path raised, and what the user read.
    await session.context.addInitScript(() => {
      const errors = new Map<string, { name: string; message: string }>();
      const note = (error: DOMException | null) => error && errors.set(`${error.name}${error.message}`, { name: error.name, message: error.message });
      const said: string[] = [];
      Object.defineProperty(window, '__storageErrors', { value: () => [...errors.values()] });
      Object.defineProperty(window, '__said', { value: said });
      const transaction = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
        const tx = transaction.apply(this, args);
        tx.addEventListener('abort', () => note(tx.error));
        return tx;
      } as typeof transaction;
      for (const method of ['add', 'put'] as const) {
        const write = IDBObjectStore.prototype[method] as (this: IDBObjectStore, ...a: unknown[]) => IDBRequest;
        (IDBObjectStore.prototype as unknown as Record<string, unknown>)[method] = function (this: IDBObjectStore, ...a: unknown[]) {
          const request = write.apply(this, a);
          request.addEventListener('error', () => note(request.error));
          return request;
        };
      }
      addEventListener('DOMContentLoaded', () =>
        new MutationObserver(() => {
          const text = document.querySelector('.bar')?.textContent?.trim();
          if (text && said.at(-1) !== text) said.push(text);
        }).observe(document.body, { subtree: true, childList: true, characterData: true }),
      );
    });
    await goto(session, '#/');
    // A change of the user's own first (a small plan imported), so that a loss would be theirs.
    await goto(session, '#/share');
    await page
      .getByLabel('Escolher um arquivo')
      .setInputFiles({ name: 'pequeno.quorum.json', mimeType: 'application/json', buffer: planFile('plan-small', 2, 4) });
    await page.waitForURL(/#\/open$/);
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await page.waitForURL((url) => !url.hash.startsWith('#/open'));
    await waitForScreen(page);
    // The data marker (outside IndexedDB) notes the change just after it (lost-data.ts).
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('quorum:data-marker') ?? '{}').lastChangeAt), { timeout: 10_000 }).toBeTruthy();
    const before = await dumpDatabase(page);
    expect(before !== 'absent' && before.tables.plans?.length).toBe(2);
    const estimate = await page.evaluate(() => navigator.storage.estimate());
    const buffer = planFile('plan-too-large', 2_000, 20_000);
    console.info(
      `tmpfs ${DISK_MB} MB: ${freeKB()} KB free after the seed; Chromium's quota ${estimate.quota} B, usage ${estimate.usage} B; file ${buffer.length} B`,
    );

    await goto(session, '#/share');
    await page.getByLabel('Escolher um arquivo').setInputFiles({ name: 'grande.quorum.json', mimeType: 'application/json', buffer });
    await page.waitForURL(/#\/open$/);
    const apply = page.getByRole('button', { name: 'Importar', exact: true });
    await apply.waitFor({ timeout: 90_000 });
    await waitForScreen(page);
    const all = () => page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    // Only what the large import makes the app say (the small one's confirmation was said before).
    const earlier = new Set(await all());
    await apply.click();

    const quota = 'O dispositivo não tem espaço suficiente para salvar. Nada foi alterado; libere espaço e tente novamente.';
    const said = async () => (await all()).filter((text) => !earlier.has(text));
    await eventually(async () => expect((await said()).at(-1)).toBeDefined(), 120_000);
    const raised = await page.evaluate(() => (window as unknown as { __storageErrors: () => { name: string; message: string }[] }).__storageErrors());
    console.info(`Chromium raised: ${JSON.stringify(raised)}; the app said: ${JSON.stringify(await said())}; ${freeKB()} KB free`);
    expect(await said()).toEqual([quota]);
    expect(raised.map((e) => classifyStorageError(Object.assign(new Error(e.message), { name: e.name })))).toContain('quota');

    await page.reload();
    await waitForScreen(page);
    const after = await dumpDatabase(page);
    if (instanceOf(after) === instanceOf(before)) {
      // The transaction was rolled back: every store exactly as it was.
      expect(after).toEqual(before);
    } else {
      // Chromium, when the disk is really full (FILE_ERROR_NO_SPACE while its store writes),
      // may close the store and discard it as corrupt at the next open: a loss the browser
      // makes, which the app must name (point 5) rather than show the re-seeded default as
      // the user's plan. Seen in about one run in three here.
      console.info('Chromium discarded the database after the failed write; the app must say so');
      await expect.poll(() => page.getByText('Dados deste dispositivo foram apagados').count(), { timeout: 30_000 }).toBe(1);
    }
  }, 300_000);
});
