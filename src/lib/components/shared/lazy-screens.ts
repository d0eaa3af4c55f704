/*
 * Every screen but the overview, loaded on first visit: the route table (routing/route-table.ts)
 * says which module a route opens, with which props and under which key; this module turns an
 * entry into the screen to show, and warms up the screens opened most.
 */
import { clock } from '../../state/clock.svelte.ts';
import type { PlanBundle } from '../../domain/types.ts';
import { hasMessage, t, withMessages } from '../../i18n/index.ts';
import { routeEntry, type ScreenLoad, type ScreenReads } from '../../routing/route-table.ts';
import type { OverviewPlan } from '../../state/plan-reads.ts';
import type { Route, ScreenRoute } from '../../routing/routes.ts';
import { translationNote } from './Text.svelte';

// The title is there once the screen's catalogs are (a screen opened before): never a bare key.
export type LazyScreen = { key: string; title: string | undefined; load: ScreenLoad; props: Record<string, unknown> };

/** A screen with forms opens once this tab's id is settled (at once, or in ASK_MS), so its drafts are this tab's. */
const withTab =
  (load: ScreenLoad): ScreenLoad =>
  () =>
    Promise.all([load(), import('../../forms/this-tab.ts').then((m) => m.tabReady)]).then(([module]) => module);

/** Loads (without showing) the code of the screens opened most from the overview, and the mark beside translations. */
export function warmUp(): void {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-member-access -- a .svelte module's type: svelte-check reads it, typescript-eslint cannot
  void withMessages(['translations'], () => import('./TranslationNote.svelte'))().then((m) => (translationNote.view = m.default));
  // Through the route table, so that each comes with the catalogs of its strings, as when it opens.
  for (const route of WARM) void routeEntry(route).load?.(route)?.();
  // The plan screen shows the whole plan: the shell reads it with this module.
  void import('../../state/whole-plan-reads.ts');
}
const WARM: readonly ScreenRoute[] = [{ name: 'calendar' }, { name: 'plan' }, { name: 'meeting', id: '' }];

/** How much of the plan the shell reads for `route` (the route table's `reads`). */
export function screenReads(route: Route): ScreenReads {
  return route.name === 'not-found' ? 'record' : (routeEntry(route).reads ?? 'whole');
}

/** The screen for `route`; only a screen marked `planless` (the plans screen) opens without a current plan. */
export function lazyScreen(route: Route, bundle: PlanBundle | undefined, plan = bundle?.plan, overview?: OverviewPlan): LazyScreen | undefined {
  if (route.name === 'not-found') return undefined;
  const entry = routeEntry(route);
  const load = entry.load?.(route);
  const ready = entry.reads === 'record' ? plan : entry.reads === 'overview' ? overview : bundle;
  if (!load || (!ready && !entry.planless)) return undefined;
  const title = entry.title(route);
  return {
    key: entry.key?.(route) ?? route.name,
    title: hasMessage(title) ? t(title) : undefined,
    load: entry.tab ? withTab(load) : load,
    props: entry.props?.(route, { bundle, overview, plan, clock }) ?? {},
  };
}
