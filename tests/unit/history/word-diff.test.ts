import { describe, expect, it } from 'vitest';
import { wordDiff, type DiffPart } from '../../../src/lib/history/word-diff.ts';

const LONG =
  'Le groupe de travail examinera chaque année le rapport du Secrétariat général sur la mise en œuvre des mandats et formulera des recommandations au Conseil permanent avant sa session ordinaire.';

const text = (parts: DiffPart[], ops: DiffPart['op'][]) => parts.map((p) => (p.op === 'gap' ? '…' : ops.includes(p.op) ? p.text : '')).join('');

describe('wordDiff', () => {
  it('shows the one word changed in a long paragraph, with a few words of context and gaps for the rest', () => {
    const parts = wordDiff(LONG, LONG.replace('chaque année', 'tous les deux ans'));
    expect(parts.filter((p) => p.op === 'del')).toEqual([{ op: 'del', text: 'chaque année' }]);
    expect(parts.filter((p) => p.op === 'ins')).toEqual([{ op: 'ins', text: 'tous les deux ans' }]);
    // The long unchanged tail is cut to six words, then a gap; the short head is kept whole.
    expect(text(parts, ['same'])).toBe('Le groupe de travail examinera  le rapport du Secrétariat général sur …');
    expect(parts.at(-1)).toEqual({ op: 'gap' });
  });

  it('gives back both texts exactly when nothing is left out', () => {
    const before = 'Examen du rapport annuel';
    const after = 'Examen approfondi du rapport final';
    const parts = wordDiff(before, after);
    expect(text(parts, ['same', 'del'])).toBe(before);
    expect(text(parts, ['same', 'ins'])).toBe(after);
    expect(parts.some((p) => p.op === 'gap')).toBe(false);
  });

  it('keeps context on both sides of a change in the middle, and a gap between two distant changes', () => {
    const words = Array.from({ length: 40 }, (_, i) => `mot${i}`);
    const after = [...words];
    after[5] = 'AAA';
    after[30] = 'BBB';
    const parts = wordDiff(words.join(' '), after.join(' '));
    expect(parts.map((p) => p.op)).toEqual(['same', 'del', 'ins', 'same', 'gap', 'same', 'del', 'ins', 'same', 'gap']);
    expect(text(parts, ['same', 'ins'])).toContain('mot28 mot29 BBB mot31');
  });

  it('an unchanged text is one unchanged part; an empty side is all inserted or deleted', () => {
    expect(wordDiff('abc def', 'abc def')).toEqual([{ op: 'same', text: 'abc def' }]);
    expect(wordDiff('', 'nouveau texte')).toEqual([{ op: 'ins', text: 'nouveau texte' }]);
    expect(wordDiff('ancien', '')).toEqual([{ op: 'del', text: 'ancien' }]);
  });
});
