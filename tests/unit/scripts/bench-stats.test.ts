// @vitest-environment node
/* The benchmark's medians, spreads and table (scripts/bench/stats.mjs). */
import { describe, expect, it } from 'vitest';
import { formatTable, meets, summarize } from '../../../scripts/bench/stats.mjs';

describe('summarize', () => {
  it('gives the median and the spread of the numbers, ignoring what is not one', () => {
    expect(summarize([5, 1, 3, Number.NaN, undefined, 4, 2])).toMatchObject({ n: 5, median: 3, min: 1, max: 5, q1: 2, q3: 4 });
    expect(summarize([])).toEqual({ n: 0 });
  });
});

describe('goals', () => {
  it('meets a time goal at or under it, a score goal at or over it', () => {
    expect(meets({ goal: 50 }, 50)).toBe(true);
    expect(meets({ goal: 50 }, 51)).toBe(false);
    expect(meets({ goal: 100, atLeast: true }, 100)).toBe(true);
    expect(meets({ goal: 100, atLeast: true }, 99)).toBe(false);
  });

  it('prints each goal with its direction, counts without a unit, and what was not measured', () => {
    const table = formatTable([
      { label: 'cold', unit: 'ms', stats: summarize([900, 1100, 1000]), goal: 1000 },
      { label: 'rounds', unit: '', stats: summarize([2, 2, 3]), goal: 2 },
      { label: 'score', unit: '', stats: summarize([97, 99]), goal: 100, atLeast: true },
      { label: 'peer', unit: 'KB', stats: summarize([471.26]) },
      { label: 'skipped', unit: 'ms', stats: summarize([]), goal: 50 },
    ]);
    const lines = table.split('\n').map((l) =>
      l
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean),
    );
    expect(lines[2]).toEqual(['cold', '1000 ms', '900–1100 (n=3)', '≤ 1000 ms', 'met']);
    expect(lines[3]).toEqual(['rounds', '2', '2–3 (n=3)', '≤ 2', 'met']);
    expect(lines[4]).toEqual(['score', '98', '97–99 (n=2)', '≥ 100', 'NOT met']);
    expect(lines[5]).toEqual(['peer', '471.3 KB', '(n=1)']);
    expect(lines[6]).toEqual(['skipped', 'not measured', '≤ 50 ms', 'not measured']);
  });
});
