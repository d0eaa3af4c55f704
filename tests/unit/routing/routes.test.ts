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

describe('form and management routes', () => {
  it('round-trips edit, new, history, plans and changes', () => {
    for (const route of [
      { name: 'edit', target: 'meeting', id: 'mispa-iii/wg-2011-09-15' },
      { name: 'edit', target: 'plan', id: 'mispa-iii' },
      { name: 'new', target: 'meeting', parent: 'mispa-iii' },
      { name: 'history', id: 'mispa-iii/m4' },
      { name: 'plans' },
      { name: 'changes' },
    ] as const) {
      expect(parseHash(href(route))).toEqual(route);
    }
  });

  it('refuses unknown form targets and missing ids', () => {
    expect(parseHash('#/edit/unicorn/x').name).toBe('not-found');
    expect(parseHash('#/edit/meeting').name).toBe('not-found');
    expect(parseHash('#/new/meeting').name).toBe('not-found');
    expect(parseHash('#/plans/extra').name).toBe('not-found');
  });
});
