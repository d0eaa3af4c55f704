import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { addAgendaItem, cancelMeeting, setCurrentAgendaItem, updateMandate, updateMeeting, updateParagraph } from '../../../src/lib/db/commands/index.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { historyOfPlan } from '../../../src/lib/db/history.ts';
import { listPlans, loadPlanBundle } from '../../../src/lib/db/queries.ts';
import type { HistoryEntry, PlanBundle } from '../../../src/lib/domain/types.ts';
import { PARAGRAPH_MAX } from '../../../src/lib/domain/validation-rules.ts';
import { applyImport, IMPORT_COMMAND } from '../../../src/lib/plan-files/apply-store.ts';
import { FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES, type PlanFile } from '../../../src/lib/plan-files/format.ts';
import { readPlanFile } from '../../../src/lib/plan-files/read-file.ts';
import { upgradeV1toV2 } from '../../../src/lib/plan-files/upgrade.ts';
import { exportPlans, ExportTooLargeError, planFileName } from '../../../src/lib/plan-files/export-store.ts';
import { fr, makeBundle, makeHistoryEntry, makeV1PlanFile } from '../factories.ts';
import { addBundle, seededDb, T1, T2, T3 } from '../db/db-helpers.ts';
import { withDeviceZone } from '../ical/ics-test-helpers.ts';

const PLAN = mispaIII.plan.id;
const [M1, M2] = mispaIII.meetings.filter((m) => m.kind === 'working-group');

async function read(text: string): Promise<PlanFile> {
  const result = await readPlanFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
}

/** History entries as they travel: without the local `seq`, in order. */
function portable(entries: HistoryEntry[]) {
  return entries.map(({ seq: _local, ...entry }) => entry).reverse();
}

describe('export then import', () => {
  it('brings the MISPA-III plan back exactly: same records, same ids, same times', async () => {
    const source = await seededDb();
    const { text, fileName, planIds } = await exportPlans(source, [PLAN], T1);
    expect(planIds).toEqual([PLAN]);
    expect(fileName).toMatch(/^MISPA-III-2024-0[23]-\d\d\.quorum\.json$/);
    const target = new QuorumDatabase('elsewhere');
    const summary = await applyImport(target, await read(text), {}, T2);
    expect(summary.plans).toMatchObject([{ planId: PLAN, kind: 'new', updated: 0, removed: 0 }]);
    expect(await loadPlanBundle(target, PLAN)).toEqual(await loadPlanBundle(source, PLAN));
  });

  it('carries a mandate’s due date and the item under discussion', async () => {
    const source = await seededDb();
    await updateMandate(source, 'mispa-iii/m2', { dueDate: '2011-10-20' }, T1);
    await setCurrentAgendaItem(source, M1!.id, `${M1!.id}/a2`, T1);
    const target = new QuorumDatabase('elsewhere');
    await applyImport(target, await read((await exportPlans(source, [PLAN], T1)).text), {}, T2);
    const bundle = (await loadPlanBundle(target, PLAN))!;
    expect(bundle.mandates.find((m) => m.id === 'mispa-iii/m2')?.dueDate).toBe('2011-10-20');
    expect(bundle.meetings.find((m) => m.id === M1!.id)?.currentItemId).toBe(`${M1!.id}/a2`);
    expect(bundle).toEqual(await loadPlanBundle(source, PLAN));
  });

  it('carries a plan’s history when asked, and brings it back in order', async () => {
    const source = await seededDb();
    await updateMeeting(source, M1!.id, { startTime: '10:00', endTime: '13:00' }, T1);
    await addAgendaItem(source, M1!.id, fr('Questions diverses'), T2);
    await cancelMeeting(source, M2!.id, T3);
    const { text } = await exportPlans(source, [PLAN], T3, { history: true });
    const file = await read(text);
    expect(file.plans[0]!.history).toHaveLength(await source.history.count());
    expect(file.plans[0]!.history!.length).toBeGreaterThanOrEqual(3);
    const target = new QuorumDatabase('elsewhere');
    await applyImport(target, file, {}, T3);
    expect(await loadPlanBundle(target, PLAN)).toEqual(await loadPlanBundle(source, PLAN));
    const imported = (await historyOfPlan(target, PLAN)).filter((e) => e.command !== IMPORT_COMMAND);
    expect(portable(imported)).toEqual(portable(await historyOfPlan(source, PLAN)));
  });

  it('leaves history out unless asked', async () => {
    const source = await seededDb();
    await updateMeeting(source, M1!.id, { startTime: '10:00' }, T1);
    expect((await read((await exportPlans(source, [PLAN], T1)).text)).plans[0]).not.toHaveProperty('history');
  });

  it('exports every plan in one file named after the app', async () => {
    const db = await seededDb();
    await addBundle(db, makeBundle('plan-2'));
    const { text, fileName, planIds } = await exportPlans(db, 'all', T1);
    expect(planIds).toEqual((await listPlans(db)).map((p) => p.id));
    expect(fileName).toMatch(/^Quorum-\d{4}-\d{2}-\d{2}\.quorum\.json$/);
    const json = JSON.parse(text) as PlanFile;
    expect(json).toMatchObject({ format: FORMAT_NAME, version: FORMAT_VERSION, exportedAt: T1.toISOString() });
    expect(json.plans.map((p) => p.bundle.plan.id)).toEqual(planIds);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const source = await seededDb();
    await updateParagraph(source, mispaIII.sections[1]!.id, mispaIII.sections[1]!.paragraphs[0]!.id, fr('Texte revu.'), T1);
    const file = await read((await exportPlans(source, [PLAN], T1, { history: true })).text);
    const target = new QuorumDatabase('elsewhere');
    await applyImport(target, file, {}, T2);
    const historyCount = await target.history.count();
    const again = await applyImport(target, file, {}, T3);
    expect(again.plans).toMatchObject([{ kind: 'update', created: 0, updated: 0, removed: 0, historyImported: 0 }]);
    expect(await target.history.count()).toBe(historyCount);
  });

  it('names the file after the plan and the day on the device', () => {
    const late = new Date('2026-11-29T03:00:00Z');
    expect(withDeviceZone('Europe/Paris', () => planFileName('MISPA-III', late))).toBe('MISPA-III-2026-11-29.quorum.json');
    expect(withDeviceZone('America/Los_Angeles', () => planFileName('MISPA-III', late))).toBe('MISPA-III-2026-11-28.quorum.json');
    expect(planFileName('Plan / 2025 : réunions', late)).toMatch(/^Plan-2025-réunions-\d{4}-\d{2}-\d{2}\.quorum\.json$/);
    expect(planFileName('../..', late)).toMatch(/^Quorum-/);
  });

  it('leaves the oldest history out rather than write a file too large to read back', async () => {
    const db = await seededDb();
    // Texts as long as a file may hold (the place itself keeps to the forms' maximum, its translations too), in entries enough for twice the largest file.
    const long = 'x'.repeat(PARAGRAPH_MAX);
    const big = { ...fr('Washington'), translations: { en: long, es: long } };
    const meeting = mispaIII.meetings[0]!;
    const count = Math.ceil((2 * MAX_FILE_BYTES) / (2 * PARAGRAPH_MAX));
    await db.history.bulkAdd(
      Array.from({ length: count }, (_, i) =>
        makeHistoryEntry({
          planId: PLAN,
          batch: `b${i}`,
          recordId: meeting.id,
          before: meeting,
          after: { ...meeting, place: big },
        }),
      ),
    );
    const { text, historyLeftOut } = await exportPlans(db, [PLAN], T1, { history: true });
    expect(historyLeftOut).toBeGreaterThan(0);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const file = await read(text);
    expect(file.plans[0]!.history!.at(-1)!.batch).toBe(`b${count - 1}`);
  }, 120_000); // Twice the largest file: seconds in fake-indexeddb.

  it('refuses to write a plan too large to read back even without history', async () => {
    const db = await seededDb();
    await db.meetings.put({ ...mispaIII.meetings[0]!, place: fr('x'.repeat(MAX_FILE_BYTES)) });
    await expect(exportPlans(db, [PLAN], T1)).rejects.toBeInstanceOf(ExportTooLargeError);
  }, 60_000);
});

/** What a version 1 file could hold of `bundle`: no milestones, nor citations of them. */
function withoutMilestones(bundle: PlanBundle): PlanBundle {
  const documents = bundle.documents.map((d) => ({ ...d, citedIn: d.citedIn.filter((c) => c.kind !== 'milestone') }));
  return { ...bundle, milestones: [], documents };
}

describe('a file of format version 1', () => {
  it('is upgraded on import: texts become LocalizedText in the plan’s language, milestones an empty list', async () => {
    const bundle = makeBundle('plan-old');
    const result = await readPlanFile(JSON.stringify(makeV1PlanFile([bundle])));
    expect(result.ok).toBe(true);
    const file = result.ok ? result.file : undefined;
    expect(file?.version).toBe(2);
    expect(file?.plans[0]!.bundle).toEqual(withoutMilestones(bundle));
  });

  it('upgrades every text field the first version held as a string', () => {
    const bundle = makeBundle('plan-old');
    bundle.plan = { ...bundle.plan, language: 'es', chair: { name: 'Embajadora', role: { lang: 'es', text: 'Presidenta' } } };
    bundle.sections[0] = { ...bundle.sections[0]!, signature: [{ lang: 'es', text: 'La Presidenta' }] };
    bundle.meetings[0] = { ...bundle.meetings[0]!, title: { lang: 'es', text: 'Reunión' }, place: { lang: 'es', text: 'Washington' } };
    bundle.agendaItems[0] = {
      ...bundle.agendaItems[0]!,
      outcome: { kind: 'decided', note: { lang: 'es', text: 'Aprobado' }, recordedAt: '2011-09-15T18:00:00.000Z' },
    };
    const v1 = makeV1PlanFile([bundle]);
    const plan = (v1.plans as { bundle: { plan: Record<string, unknown>; agendaItems: Record<string, unknown>[] } }[])[0]!.bundle;
    plan.plan.chair = { name: 'Embajadora', role: 'Presidenta' };
    plan.agendaItems[0]!.outcome = { kind: 'decided', note: 'Aprobado', recordedAt: '2011-09-15T18:00:00.000Z' };
    const upgraded = upgradeV1toV2(v1) as unknown as PlanFile;
    const es = (b: typeof bundle) => JSON.parse(JSON.stringify(b).replaceAll('"lang":"fr"', '"lang":"es"'));
    expect(upgraded.version).toBe(2);
    expect(upgraded.plans[0]!.bundle).toEqual(es(withoutMilestones(bundle)));
  });

  it('leaves what it does not recognise for validation to report', () => {
    expect(upgradeV1toV2({ format: FORMAT_NAME, version: 1, plans: 'none' })).toEqual({ format: FORMAT_NAME, version: 2, plans: 'none' });
    expect(upgradeV1toV2({ version: 1, plans: [null, { bundle: 3 }] })).toEqual({ version: 2, plans: [null, { bundle: 3 }] });
  });
});
