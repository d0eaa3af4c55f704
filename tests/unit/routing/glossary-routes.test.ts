import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { lazyScreen } from '../../../src/lib/components/shared/lazy-screens.ts';
import { href, parseHash } from '../../../src/lib/routing/routes.ts';

describe('glossary route', () => {
  it('parses the glossary with or without an entry to open', () => {
    expect(parseHash('#/glossary')).toEqual({ name: 'glossary' });
    expect(parseHash('#/glossary/csh')).toEqual({ name: 'glossary', anchor: 'csh' });
    expect(parseHash('#/glossaryx').name).toBe('not-found');
  });

  it('round-trips through href', () => {
    for (const route of [{ name: 'glossary' }, { name: 'glossary', anchor: 'csh' }, { name: 'glossary', anchor: 'a/b é' }] as const) {
      expect(parseHash(href(route))).toEqual(route);
    }
    expect(href({ name: 'glossary', anchor: 'mispa' })).toBe('#/glossary/mispa');
  });

  it('opens the lazily loaded glossary screen with the plan and the entry, one screen for every entry', () => {
    const screen = lazyScreen({ name: 'glossary', anchor: 'csh' }, mispaIII);
    expect(screen).toMatchObject({ key: 'glossary', props: { bundle: mispaIII, anchor: 'csh' } });
    expect(lazyScreen({ name: 'glossary' }, mispaIII)?.key).toBe('glossary');
    expect(lazyScreen({ name: 'glossary' }, undefined)).toBeUndefined();
  });
});
