import { describe, expect, it } from 'vitest';
import { href, parseHash } from '../../../src/lib/routing/routes.ts';

describe('share and open routes', () => {
  it('parses the share screen and the import screen with or without a link', () => {
    expect(parseHash('#/share')).toEqual({ name: 'share' });
    expect(parseHash('#/open')).toEqual({ name: 'open' });
    expect(parseHash('#/open?url=plans/mispa-iii.quorum.json')).toEqual({ name: 'open', url: 'plans/mispa-iii.quorum.json' });
    expect(parseHash('#/open?url=plans%2Fmispa%20iii.quorum.json&x=1')).toEqual({ name: 'open', url: 'plans/mispa iii.quorum.json' });
    expect(parseHash('#/open?url=')).toEqual({ name: 'open' });
    expect(parseHash('#/open?other=1')).toEqual({ name: 'open' });
  });

  it('keeps a full address with its own query and slashes whole', () => {
    expect(parseHash('#/open?url=https%3A%2F%2Fexample.org%2Fa%2Fb.json%3Fv%3D2')).toEqual({ name: 'open', url: 'https://example.org/a/b.json?v=2' });
  });

  it('round-trips through href', () => {
    for (const route of [{ name: 'share' }, { name: 'open' }, { name: 'open', url: 'plans/a b/é.quorum.json?v=1&w=2' }] as const) {
      expect(parseHash(href(route))).toEqual(route);
    }
    expect(href({ name: 'open', url: 'plans/x.json' })).toBe('#/open?url=plans%2Fx.json');
  });

  it('refuses extra path segments', () => {
    expect(parseHash('#/share/x').name).toBe('not-found');
    expect(parseHash('#/open/x').name).toBe('not-found');
    expect(parseHash('#/opener').name).toBe('not-found');
  });
});
