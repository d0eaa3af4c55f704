/*
 * Importing signed files (domain/trust.ts, plan-files/signature.ts) as a delegate's device
 * meets them: the first signed file pins its publisher's key; later files signed by it are
 * verified; a file unsigned, signed by another key or changed after signing is shown as not
 * verified, and applying it without the user's consent writes nothing at all. The files are
 * read from their bytes, as the app reads a file passed by hand.
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { pinnedKeysOf } from '../../../src/lib/db/commands/index.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { applyImport, previewImport, UnverifiedFileError } from '../../../src/lib/plan-files/index.ts';
import { readPlanFile } from '../../../src/lib/plan-files/read-file.ts';
import { cryptoSigner, newKeyPair, signFile, thumbprint, type FileSigner } from '../../../src/lib/plan-files/signature.ts';
import { dump, seededDb, T1, T2 } from '../db/db-helpers.ts';
import { makePlanFile } from '../factories.ts';

const PLAN = mispaIII.plan.id;
const MOVED = 'mispa-iii/wg-2011-09-22';

async function signer(name: string): Promise<FileSigner> {
  const pair = await newKeyPair();
  return cryptoSigner(name, pair.privateKey, pair.publicKey);
}

const moved = (day: string): PlanBundle => ({
  ...mispaIII,
  meetings: mispaIII.meetings.map((m) => (m.id === MOVED ? { ...m, startDate: day, updatedAt: `2026-12-0${day.slice(-1)}T10:00:00.000Z` } : m)),
});

/** The file of `bundle` as read from its bytes: signed by `by`, or not; `tamper` changes it after signing. */
async function file(bundle: PlanBundle, by?: FileSigner, tamper?: (raw: { plans: { bundle: PlanBundle }[] }) => void) {
  let raw = JSON.parse(JSON.stringify(makePlanFile([{ bundle }]))) as Record<string, unknown>;
  if (by) raw = await signFile(raw, by);
  tamper?.(raw as { plans: { bundle: PlanBundle }[] });
  const read = await readPlanFile(JSON.stringify(raw));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.file;
}

describe('importing signed files', () => {
  it('pins the key of the first signed file, then calls the next one by that key verified', async () => {
    const db = await seededDb(undefined, 'reading');
    const cidi = await signer('Secrétariat de la CIDI');
    const first = await file(moved('2011-09-23'), cidi);
    const preview = await previewImport(db, first);
    expect(preview.plans[0]!.trust).toEqual({ kind: 'newKey', name: 'Secrétariat de la CIDI', thumbprint: await thumbprint(cidi.key) });
    expect(preview.unverified).toBe(false);
    await applyImport(db, first, { seenHistory: preview.seenHistory }, T1);
    expect(await pinnedKeysOf(db, PLAN)).toEqual({
      keys: [{ thumbprint: await thumbprint(cidi.key), name: 'Secrétariat de la CIDI', since: T1.toISOString() }],
      held: { name: 'Secrétariat de la CIDI', verified: true, at: T1.toISOString() },
    });

    const second = await file(moved('2011-09-24'), cidi);
    const next = await previewImport(db, second);
    expect(next.plans[0]!.trust).toEqual({ kind: 'verified', name: 'Secrétariat de la CIDI' });
    await applyImport(db, second, { seenHistory: next.seenHistory }, T2);
    expect((await db.meetings.get(MOVED))!.startDate).toBe('2011-09-24');
  });

  it('refuses, writing nothing, a file signed by another key, unsigned or changed after signing, unless the user accepts it', async () => {
    const db = await seededDb(undefined, 'reading');
    const cidi = await signer('Secrétariat de la CIDI');
    await applyImport(db, await file(moved('2011-09-23'), cidi), {}, T1);
    const before = await dump(db);

    const impostor = await signer('Secrétariat de la CIDI');
    const cases = [
      { file: await file(moved('2011-09-25'), impostor), reason: 'otherKey' },
      { file: await file(moved('2011-09-25')), reason: 'unsigned' },
      { file: await file(moved('2011-09-23'), cidi, (raw) => (raw.plans[0]!.bundle.plan.shortTitle.text = 'MISPA-III (forged)')), reason: 'broken' },
    ];
    for (const { file: incoming, reason } of cases) {
      const preview = await previewImport(db, incoming);
      expect(preview.unverified).toBe(true);
      expect(preview.plans[0]!.trust).toMatchObject({ kind: 'unverified', reason, pinnedName: 'Secrétariat de la CIDI' });
      await expect(applyImport(db, incoming, { seenHistory: preview.seenHistory }, T2)).rejects.toBeInstanceOf(UnverifiedFileError);
      expect(await dump(db)).toEqual(before);
    }

    // Accepted after the warning: applied, the other key trusted from now on, the copy held noted as not verified.
    const accepted = cases[0]!.file;
    await applyImport(db, accepted, { acceptUnverified: true }, T2);
    expect((await db.meetings.get(MOVED))!.startDate).toBe('2011-09-25');
    const pins = await pinnedKeysOf(db, PLAN);
    expect(pins!.keys.map((k) => k.thumbprint)).toEqual([await thumbprint(cidi.key), await thumbprint(impostor.key)]);
    expect(pins!.held).toEqual({ name: 'Secrétariat de la CIDI', verified: false, at: T2.toISOString() });
    expect((await previewImport(db, accepted)).plans[0]!.trust.kind).toBe('verified');
  });

  it('treats unsigned files of a plan no key is pinned for as before: no warning, nothing pinned', async () => {
    const db = await seededDb(undefined, 'reading');
    const plain = await file(moved('2011-09-23'));
    const preview = await previewImport(db, plain);
    expect(preview.plans[0]!.trust).toEqual({ kind: 'unsigned' });
    expect(preview.unverified).toBe(false);
    await applyImport(db, plain, {}, T1);
    expect(await pinnedKeysOf(db, PLAN)).toBeUndefined();
  });
});
