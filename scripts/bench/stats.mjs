/* Medians and spreads for the benchmark, and the table it prints. */

/** Median, min, max and interquartile range of `values` (numbers), rounded for reading. */
export function summarize(values) {
  const v = [...values].filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return { n: 0 };
  const q = (p) => {
    const at = (v.length - 1) * p;
    const lo = Math.floor(at);
    const hi = Math.ceil(at);
    return v[lo] + (v[hi] - v[lo]) * (at - lo);
  };
  const r = (x) => Math.round(x * 10) / 10;
  return { n: v.length, median: r(q(0.5)), min: r(v[0]), max: r(v[v.length - 1]), q1: r(q(0.25)), q3: r(q(0.75)), samples: v.map(r) };
}

const fmt = (x, unit) =>
  unit === 'ms' ? `${x < 10 ? x.toFixed(1) : Math.round(x)}` : ['KB', 'MB'].includes(unit) || !Number.isInteger(x) ? x.toFixed(1) : String(x);

/** Whether a median meets its row's goal: at most `goal`, or at least it for a score (`atLeast`). */
export const meets = (row, median) => (row.atLeast ? median >= row.goal : median <= row.goal);

/** One row per figure: what, median, spread, goal, met. */
export function formatTable(rows) {
  const lines = rows.map((row) => {
    const s = row.stats;
    const unit = row.unit ? ` ${row.unit}` : '';
    const value = row.note && !s?.n ? row.note : s?.n ? `${fmt(s.median, row.unit)}${unit}` : 'not measured';
    const spread = s?.n > 1 ? `${fmt(s.min, row.unit)}–${fmt(s.max, row.unit)} (n=${s.n})` : s?.n === 1 ? '(n=1)' : '';
    const goal = row.goal !== undefined ? `${row.atLeast ? '≥' : '≤'} ${row.goal}${unit}` : '';
    const met = row.goal !== undefined ? (s?.n ? (meets(row, s.median) ? 'met' : 'NOT met') : 'not measured') : '';
    return [row.label, value, spread, goal, met];
  });
  const head = ['Figure', 'Median', 'Spread (min–max)', 'Goal', 'Met?'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(line)].join('\n');
}
