/*
 * Every screen but the overview, loaded on first visit (the service worker precaches them,
 * so this works offline too): which module a route opens, with which props, under which key
 * (a new key makes a fresh screen, e.g. another meeting's form).
 */
import type { Component } from 'svelte';
import { clock } from '../../clock.svelte.ts';
import type { PlanBundle } from '../../domain/types.ts';
import type { Route } from '../../routing/routes.ts';
import { translationNote } from './Text.svelte';

// Props differ by screen; each loader below passes the right ones for its module.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = Component<any>;
export type LazyScreen = { key: string; load: () => Promise<{ default: AnyComponent }>; props: Record<string, unknown> };

/** A screen with forms opens once this tab's id is settled (at once, or in ASK_MS), so its drafts are this tab's. */
const withTab = (load: LazyScreen['load']): LazyScreen['load'] => () =>
  Promise.all([load(), import('../../forms/this-tab.ts').then((m) => m.tabReady)]).then(([module]) => module);

/** Loads (without showing) the code of the screens opened most from the overview, and the mark beside translations. */
export function warmUp(): void {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-member-access -- a .svelte module's type: svelte-check reads it, typescript-eslint cannot
  void import('./TranslationNote.svelte').then((m) => (translationNote.view = m.default));
  void import('../calendar/CalendarScreen.svelte');
  void import('../plan/PlanScreen.svelte');
  void import('../meeting/MeetingScreen.svelte');
}

/** The screen for `route`; only the plans screen opens without a current plan. */
export function lazyScreen(route: Route, bundle: PlanBundle | undefined): LazyScreen | undefined {
  if (route.name === 'plans') return { key: 'plans', load: withTab(() => import('../plans/PlansScreen.svelte')), props: {} };
  if (!bundle) return undefined;
  switch (route.name) {
    case 'plan':
      return { key: 'plan', load: () => import('../plan/PlanScreen.svelte'), props: { bundle, anchor: route.anchor } };
    case 'calendar':
      // The clock itself, not its time: the screen reads it, so this table is not rebuilt every minute.
      return { key: 'calendar', load: () => import('../calendar/CalendarScreen.svelte'), props: { bundle, month: route.month, clock } };
    case 'meeting':
      return { key: `meeting:${route.id}`, load: withTab(() => import('../meeting/MeetingScreen.svelte')), props: { bundle, meetingId: route.id } };
    case 'timeline':
      return { key: 'timeline', load: () => import('../timeline/TimelineScreen.svelte'), props: { bundle } };
    case 'documents':
      return { key: 'documents', load: () => import('../plan/DocumentsScreen.svelte'), props: { bundle, anchor: route.anchor } };
    case 'glossary':
      return { key: 'glossary', load: () => import('../glossary/GlossaryScreen.svelte'), props: { bundle, anchor: route.anchor } };
    case 'changes':
      return { key: 'changes', load: () => import('../history/ChangesScreen.svelte'), props: { bundle } };
    case 'history':
      return { key: `history:${route.id}`, load: () => import('../history/HistoryScreen.svelte'), props: { bundle, recordId: route.id } };
    case 'share':
      return { key: 'share', load: () => import('../share/ShareScreen.svelte'), props: { bundle } };
    case 'open':
      return { key: `open:${route.url ?? ''}`, load: () => import('../share/OpenScreen.svelte'), props: { bundle, url: route.url } };
    case 'search':
      // Typing replaces the address without a route change; a new address opens a fresh screen.
      return { key: `search:${route.q ?? ''}`, load: () => import('../search/SearchScreen.svelte'), props: { bundle, q: route.q } };
    case 'edit':
    case 'new':
      return formScreen(route, bundle);
    default:
      return undefined;
  }
}

function formScreen(route: Extract<Route, { name: 'edit' | 'new' }>, bundle: PlanBundle): LazyScreen | undefined {
  const key = `${route.name}:${route.target}:${route.name === 'edit' ? route.id : route.parent}`;
  if (route.target === 'meeting') {
    const props = route.name === 'edit' ? { bundle, meetingId: route.id } : { bundle };
    return { key, load: withTab(() => import('../meeting/MeetingFormScreen.svelte')), props };
  }
  if (route.target === 'plan' && route.name === 'edit') return { key, load: withTab(() => import('../plans/PlanFormScreen.svelte')), props: { bundle } };
  if (route.target === 'plan') return undefined;
  // Sections, resolutions, mandates, documents: one screen module for the four forms.
  const props = route.name === 'edit' ? { bundle, target: route.target, id: route.id } : { bundle, target: route.target, parent: route.parent };
  return { key, load: withTab(() => import('../plan-edit/PlanTextFormScreen.svelte')), props };
}

