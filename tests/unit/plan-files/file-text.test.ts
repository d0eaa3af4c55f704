import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../support/generate-plan.ts';
import { planFileText, utf8Length } from '../../../src/lib/plan-files/file-text.ts';
import type { Progress } from '../../../src/lib/plan-files/progress.ts';
import { makeBundle, makeHistoryEntry, makePlanFile } from '../factories.ts';

describe('planFileText', () => {
  it('writes exactly what JSON.stringify(file, null, 2) writes, with its UTF-8 size', async () => {
    const history = [makeHistoryEntry({ planId: 'plan-x', recordId: 'plan-x' })];
    const file = makePlanFile([{ bundle: makeBundle('plan-x'), history }, { bundle: { ...makeBundle('plan-y'), milestones: [] } }]);
    const { text, bytes } = await planFileText(file);
    expect(text).toBe(JSON.stringify(file, null, 2));
    expect(bytes).toBe(new TextEncoder().encode(text).length);
  });

  it('reports every record written, in increasing counts that end at the total', async () => {
    const bundle = generatePlan({ seed: 3, meetings: 40, agendaItems: 5_000, mandates: 20 });
    const file = makePlanFile([{ bundle }]);
    const seen: Progress[] = [];
    const { text } = await planFileText(file, (p) => seen.push(p));
    expect(text).toBe(JSON.stringify(file, null, 2));
    const records = Object.values(bundle).reduce<number>((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
    expect(seen.every((p) => p.step === 'exporting' && p.total === records)).toBe(true);
    const counts = seen.map((p) => p.done!);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)).toBe(records);
  });
});

describe('utf8Length', () => {
  it('counts the bytes TextEncoder writes, for ASCII, accents, CJK, emoji and lone surrogates', () => {
    for (const text of ['', 'abc', 'sécurité publique’', '中文', 'a😀b', '\ud800x', 'x\udc00', '\ud83d']) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});
