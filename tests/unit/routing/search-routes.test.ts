import { describe, expect, it } from 'vitest';
import { href, parseHash } from '../../../src/lib/routing/routes.ts';

describe('search route', () => {
  it('parses the search screen with or without what was typed', () => {
    expect(parseHash('#/search')).toEqual({ name: 'search' });
    expect(parseHash('#/search?q=s%C3%A9curit%C3%A9')).toEqual({ name: 'search', q: 'sécurité' });
    expect(parseHash('#/search?q=ag%2Fres%202692&x=1')).toEqual({ name: 'search', q: 'ag/res 2692' });
    expect(parseHash('#/search?q=')).toEqual({ name: 'search' });
    expect(parseHash('#/search?other=1')).toEqual({ name: 'search' });
  });

  it('round-trips through href, slashes, accents, ampersands and all', () => {
    for (const route of [{ name: 'search' }, { name: 'search', q: 'ag/res 2692 & é?#' }] as const) {
      expect(parseHash(href(route))).toEqual(route);
    }
    expect(href({ name: 'search', q: 'a b' })).toBe('#/search?q=a%20b');
  });

  it('refuses extra path segments', () => {
    expect(parseHash('#/search/x').name).toBe('not-found');
    expect(parseHash('#/searching').name).toBe('not-found');
  });
});
