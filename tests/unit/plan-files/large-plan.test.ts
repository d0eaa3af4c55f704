import { Blob as NodeBlob } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { loadPlanBundle } from '../../../src/lib/db/queries.ts';
import { seedOnce } from '../../../src/lib/db/seed.ts';
import { generatePlan } from '../../support/generate-plan.ts';
import { applyImport } from '../../../src/lib/plan-files/apply-store.ts';
import { previewImport } from '../../../src/lib/plan-files/preview-store.ts';
import type { Progress, ProgressStep } from '../../../src/lib/plan-files/progress.ts';
import { readPlanFileOffThread } from '../../../src/lib/plan-files/read-off-thread.ts';
import { exportPlans } from '../../../src/lib/plan-files/export-store.ts';
import { T1, T2 } from '../db/db-helpers.ts';

/** Above the caps plan files had before (5,000 records in a list). */
const LARGE = { seed: 2, meetings: 600, agendaItems: 6_000, mandates: 200, planId: 'plan-large' };

/** The counted progress of `step`: increasing, each against the same total, ending at it. */
function expectCounted(seen: Progress[], step: ProgressStep, total: number) {
  const counted = seen.filter((p) => p.step === step);
  expect(counted.length).toBeGreaterThanOrEqual(2);
  expect(counted.every((p) => p.total === total)).toBe(true);
  const done = counted.map((p) => p.done!);
  expect(done).toEqual([...done].sort((a, b) => a - b));
  expect(done[0]).toBe(0);
  expect(done.at(-1)).toBe(total);
}

describe('a plan above the old caps', () => {
  it('goes out and comes back whole, reporting progress at every step', async () => {
    const bundle = generatePlan(LARGE);
    const source = new QuorumDatabase('source');
    await seedOnce(source, 'large', bundle);
    const exported: Progress[] = [];
    const { text } = await exportPlans(source, [LARGE.planId], T1, {}, (p) => exported.push(p));
    const records = Object.values(bundle).reduce<number>((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
    expectCounted(exported, 'exporting', records);
    expect(exported.length).toBeGreaterThan(3);

    // Node's Blob, which has stream() (jsdom's has not): read in chunks, as in a browser.
    const blob = new NodeBlob([text]) as unknown as Blob;
    const reading: Progress[] = [];
    const read = await readPlanFileOffThread(blob, (p) => reading.push(p));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expectCounted(reading, 'reading', blob.size);
    expect(reading.at(-1)).toEqual({ step: 'checking' });

    const target = new QuorumDatabase('target');
    const preview = await previewImport(target, read.file);
    expect(preview.plans).toMatchObject([{ kind: 'new', counts: { agendaItems: 6_000 } }]);
    const writing: Progress[] = [];
    const summary = await applyImport(target, read.file, {}, T2, (p) => writing.push(p));
    expect(summary.plans).toMatchObject([{ kind: 'new', created: records + 1 }]);
    expectCounted(writing, 'writing', records + 1);
    expect(writing.length).toBeGreaterThan(20); // by chunks: the page can show each one
    expect(await loadPlanBundle(target, LARGE.planId)).toEqual(await loadPlanBundle(source, LARGE.planId));
  }, 120_000);
});
