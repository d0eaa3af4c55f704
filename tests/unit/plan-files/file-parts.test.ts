import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../support/generate-plan.ts';
import { joinPart, splitFile } from '../../../src/lib/plan-files/file-parts.ts';
import { makeBundle, makeHistoryEntry, makePlanFile } from '../factories.ts';

describe('splitFile and joinPart', () => {
  it('cut a file into small parts and put it back exactly', () => {
    const history = Array.from({ length: 1_500 }, (_, i) => makeHistoryEntry({ planId: 'plan-x', recordId: 'plan-x', batch: `b${i}` }));
    const file = makePlanFile([
      { bundle: generatePlan({ seed: 4, meetings: 30, agendaItems: 2_500, mandates: 10, planId: 'plan-g' }) },
      { bundle: makeBundle('plan-x'), history },
    ]);
    const original = structuredClone(file);
    const { skeleton, parts } = splitFile(file);
    expect(skeleton.plans[0]!.bundle.agendaItems).toEqual([]);
    expect(skeleton.plans[1]!.history).toEqual([]);
    expect(Math.max(...parts.map((p) => p.records.length))).toBeLessThanOrEqual(1_000);
    const received = structuredClone({ skeleton, parts });
    for (const part of received.parts) joinPart(received.skeleton, part);
    expect(received.skeleton).toEqual(original);
    expect(file).toEqual(original);
  });
});
