import { describe, expect, it } from 'vitest';
import { href, parseHash } from '../../../src/lib/routing/routes.ts';

describe('routes', () => {
  it('parses every screen', () => {
    expect(parseHash('')).toEqual({ name: 'overview' });
    expect(parseHash('#/')).toEqual({ name: 'overview' });
    expect(parseHash('#/plan')).toEqual({ name: 'plan' });
    expect(parseHash('#/calendar')).toEqual({ name: 'calendar' });
    expect(parseHash('#/timeline')).toEqual({ name: 'timeline' });
    expect(parseHash('#/documents')).toEqual({ name: 'documents' });
  });

  it('round-trips ids that contain slashes and accents', () => {
    for (const route of [
      { name: 'meeting', id: 'mispa-iii/wg-2011-09-15' },
      { name: 'plan', anchor: 'mispa-iii/s2/p1' },
      { name: 'documents', anchor: 'doc/AG RES. 2692 é' },
    ] as const) {
      expect(parseHash(href(route))).toEqual(route);
    }
  });

  it('sends unknown or malformed addresses to "not found"', () => {
    expect(parseHash('#/nowhere').name).toBe('not-found');
    expect(parseHash('#/meeting').name).toBe('not-found');
    expect(parseHash('#/meeting/%E0%A4%A').name).toBe('not-found');
    expect(parseHash('#/calendar/extra').name).toBe('not-found');
  });
});
