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

  it('round-trips the plan-text forms: sections, resolutions, mandates, documents', () => {
    for (const route of [
      { name: 'edit', target: 'section', id: 'mispa-iii/s2' },
      { name: 'new', target: 'section', parent: 'mispa-iii/s1' },
      { name: 'edit', target: 'resolution', id: 'mispa-iii/res-2629' },
      { name: 'new', target: 'resolution', parent: 'mispa-iii/s3' },
      { name: 'edit', target: 'mandate', id: 'mispa-iii/m5' },
      { name: 'new', target: 'mandate', parent: 'mispa-iii/res-2629' },
      { name: 'edit', target: 'document', id: 'mispa-iii/doc-cp-res-934' },
      { name: 'new', target: 'document', parent: 'mispa-iii' },
    ] as const) {
      expect(parseHash(href(route))).toEqual(route);
    }
    expect(href({ name: 'edit', target: 'resolution', id: 'mispa-iii/res-2629' })).toBe('#/edit/resolution/mispa-iii%2Fres-2629');
  });

  it('refuses unknown form targets and missing ids', () => {
    expect(parseHash('#/edit/unicorn/x').name).toBe('not-found');
    expect(parseHash('#/edit/meeting').name).toBe('not-found');
    expect(parseHash('#/new/meeting').name).toBe('not-found');
    expect(parseHash('#/edit/resolution').name).toBe('not-found');
    expect(parseHash('#/plans/extra').name).toBe('not-found');
  });
});
