import { foldLines as libraryFold } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { foldLines } from '../../../src/lib/ical/fold-lines.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('foldLines', () => {
  const samples = [
    'SUMMARY:short',
    `DESCRIPTION:${'a'.repeat(74)}`,
    `DESCRIPTION:${'a'.repeat(200)}`,
    `DESCRIPTION:${'é'.repeat(90)}`,
    `LOCATION:${'Salle Simón Bolívar 🏛️ – l’Organisation des États américains 🎉'.repeat(4)}`,
    `X-TEST:${'€'.repeat(30)}\ud800${'x'.repeat(80)}`, // an unpaired surrogate counts 3 octets
    `SUMMARY:${'a'.repeat(73)}🎉b`, // the pair straddles the limit: moved whole to the next line
  ];

  it('writes what ical-generator writes, line for line', () => {
    for (const sample of samples) expect(foldLines(sample)).toBe(libraryFold(sample));
    const text = samples.join('\r\n');
    expect(foldLines(text)).toBe(libraryFold(text));
  });

  it('keeps every physical line within 75 octets and unfolds back to the input', () => {
    for (const sample of samples.slice(0, 5)) {
      const folded = foldLines(sample);
      for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
      expect(folded.replace(/\r\n /g, '')).toBe(sample);
    }
  });
});
