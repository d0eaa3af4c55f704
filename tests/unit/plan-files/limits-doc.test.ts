/*
 * docs/plan-file-format.md states the caps the code has: its caps table is the one
 * scripts/doc-caps.mjs writes from limits.ts, what that script reads is what the module
 * exports, and no figure of a cap is written anywhere else on the page (it said 5 MB and
 * 5,000 items long after the caps changed).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as limits from '../../../src/lib/plan-files/limits.ts';
import { DOC, figure, LIMITS, readCaps, withCaps } from '../../../scripts/doc-caps.mjs';

const doc = readFileSync(DOC, 'utf8');
const source = readFileSync(LIMITS, 'utf8');
const [before, rest] = doc.split('<!-- caps:');
const outside = `${before}${rest!.split('<!-- /caps -->')[1]}`;

describe('the caps in docs/plan-file-format.md', () => {
  it('are read from limits.ts exactly as the module exports them, .ics caps included', () => {
    const caps = readCaps(source);
    expect(Object.fromEntries(caps.map((c) => [c.name, c.value]))).toEqual({ ...limits });
    expect(caps.map((c) => c.name)).toEqual(expect.arrayContaining(['MAX_ICS_EVENTS', 'MAX_ICS_DEPTH']));
    expect(caps.every((c) => c.reason.length > 10)).toBe(true);
  });

  it('are the table the script writes: node scripts/doc-caps.mjs after changing a cap', () => {
    expect(withCaps(doc, source)).toBe(doc);
    for (const cap of readCaps(source)) expect(doc).toContain(`| \`${cap.name}\` | ${figure(cap)} |`);
  });

  it('are written nowhere else as figures, only by name', () => {
    expect(outside.match(/\d[\d,.]*\s?MB/g) ?? []).toEqual([]);
    expect(outside.match(/(at most|up to|1 to) \d[\d,]*/g) ?? []).toEqual([]);
    expect(outside).not.toMatch(/5,000|5 000/);
  });
});
