import { describe, expect, it } from 'vitest';
import { clock } from '../../../src/lib/state/clock.svelte.ts';
import { LANGUAGES, messagesIn } from '../i18n/catalogs.ts';
import { routeEntry, routeTable } from '../../../src/lib/routing/route-table.ts';
import { EDIT_TARGETS, PATHS, href, parseHash, type ScreenName, type ScreenRoute } from '../../../src/lib/routing/routes.ts';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { overviewOf } from '../../../src/lib/state/plan-reads.ts';

const overview = overviewOf(mispaIII.plan, mispaIII.meetings, mispaIII.mandates, mispaIII.resolutions);

const catalogs = Object.fromEntries(LANGUAGES.map((lang) => [lang, messagesIn(lang)]));

/** Routes of one name: without its optional parameter, and with values that need escaping; forms for every target. */
function samples(name: ScreenName): ScreenRoute[] {
  const pattern: string = PATHS[name];
  const params = [...pattern.matchAll(/[:?]([a-z]+)/g)].map((m) => m[1]!).filter((p) => p !== 'target');
  const value = (param: string) => (param === 'month' ? '2011-09' : `mispa-iii/a b é?&=#${param}`);
  const filled = { name, ...Object.fromEntries(params.map((p) => [p, value(p)])) };
  if (pattern.includes(':target')) return EDIT_TARGETS.map((target) => ({ ...filled, target }) as ScreenRoute);
  const optional = pattern.includes('?');
  return [filled as ScreenRoute, ...(optional && params.length ? [{ name } as ScreenRoute] : [])];
}

const names = Object.keys(PATHS) as ScreenName[];

describe('the route table', () => {
  it('has an entry for every route and a route for every entry', () => {
    expect(Object.keys(routeTable).sort()).toEqual([...names].sort());
  });

  it.each(names)('%s: every route round-trips through its address', (name) => {
    for (const route of samples(name)) expect(parseHash(href(route))).toEqual(route);
  });

  it.each(names)('%s: its title is written in every language', (name) => {
    for (const route of samples(name)) {
      const key = routeEntry(route).title(route);
      for (const catalog of Object.values(catalogs)) expect((catalog as Record<string, string>)[key]?.trim()).toBeTruthy();
    }
  });

  it.each(names.filter((n) => n !== 'overview'))('%s: loads a screen module, keyed and given its props', async (name) => {
    for (const route of samples(name)) {
      const entry = routeEntry(route);
      const load = entry.load?.(route);
      if (route.name === 'new' && route.target === 'plan') {
        expect(load).toBeUndefined(); // a plan is added from the plans screen, not a form of its own
        continue;
      }
      const module = await load!();
      expect(typeof module.default).toBe('function');
      expect(entry.key?.(route) ?? route.name).toMatch(new RegExp(`^${route.name}`));
      const props = entry.props?.(route, { bundle: mispaIII, overview, plan: mispaIII.plan, clock }) ?? {};
      // A screen that reads its own part of the plan gets the plan's record, one that shows the
      // overview's part that part, the others all of it.
      if (entry.reads === 'record' && !entry.planless) expect(props).toMatchObject({ plan: mispaIII.plan });
      else if (entry.reads === 'overview') expect(props).toMatchObject({ bundle: overview });
      else if (!entry.planless) expect(props).toMatchObject({ bundle: mispaIII });
    }
  });

  it('the overview is the first screen, never loaded lazily', () => {
    expect(routeTable.overview.load).toBeUndefined();
  });
});
