/*
 * The route table's screen columns, one entry per route of PATHS (routes.ts): the window
 * title, the module the route opens (loaded on first visit; the service worker precaches it),
 * its props, the key under which it stays mounted (a new key makes a fresh screen, e.g. another
 * meeting's form), whether it waits for this tab's id (its forms keep drafts per tab) and
 * whether it opens without a plan. The type makes a route without an entry, or an entry
 * without a route, a compile error. Loaded with the first screen other than the overview.
 * An entry is the place for what a screen needs before it opens (its messages, its state).
 */
import type { Component } from 'svelte';
import type { clock } from '../state/clock.svelte.ts';
import type { Plan, PlanBundle } from '../domain/types.ts';
import type { OverviewPlan } from '../state/plan-reads.ts';
import { withMessages, type MessageKey } from '../i18n/index.ts';
import type { EditTarget, ScreenName, ScreenRoute } from './routes.ts';

// Props differ by screen; each entry passes the right ones for its module.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ScreenModule = { default: Component<any> };
export type ScreenLoad = () => Promise<ScreenModule>;
type ScreenContext = { bundle: PlanBundle | undefined; overview: OverviewPlan | undefined; plan: Plan | undefined; clock: typeof clock };

export type RouteEntry<R extends ScreenRoute> = {
  /** The screen's name (the window title while it opens; static headings say the same). */
  title: (route: R) => MessageKey;
  /** The module to show; none for the overview (the first screen, never lazy) or a route with no screen. */
  load?: (route: R) => ScreenLoad | undefined;
  props?: (route: R, context: ScreenContext) => Record<string, unknown>;
  /** Default: the route's name, so a change of anchor or month updates the open screen instead of remounting it. */
  key?: (route: R) => string;
  /** Opens once this tab's id is settled, so the screen's drafts are this tab's. */
  tab?: boolean;
  /** Opens with no plan at all (every plan deleted): from there a plan is created or restored. */
  planless?: boolean;
  /**
   * How much of the plan the shell reads for it (state/shown-plan.svelte.ts): 'record' for a
   * screen that reads its own part (the meeting screen its meeting), 'overview' for one that
   * shows the overview's part (the calendar: the meetings, which the overview has read), else
   * the whole plan.
   */
  reads?: ScreenReads;
};

export type ScreenReads = 'record' | 'overview' | 'whole';

type Table = { [N in ScreenName]: RouteEntry<Extract<ScreenRoute, { name: N }>> };

const bundleOnly = (_: unknown, { bundle }: ScreenContext) => ({ bundle });
const withAnchor = (route: { anchor?: string }, { bundle }: ScreenContext) => ({ bundle, anchor: route.anchor });
const formKey = (route: { name: string; target: EditTarget; id?: string; parent?: string }) => `${route.name}:${route.target}:${route.id ?? route.parent}`;
const planTextForm: ScreenLoad = withMessages(
  ['forms', 'notices', 'translations', 'meeting', 'plan', 'documents'],
  () => import('../components/plan-edit/PlanTextFormScreen.svelte'),
);
const NEW_TITLES: Record<EditTarget, MessageKey> = {
  meeting: 'meeting.new',
  plan: 'plans.title',
  section: 'section.new',
  resolution: 'resolution.new',
  mandate: 'mandate.new',
  document: 'document.new',
};

export const routeTable: Table = {
  overview: { title: () => 'nav.overview' },
  plan: {
    title: () => 'plan.title',
    load: () => withMessages(['plan', 'glossary', 'forms', 'meeting', 'translations', 'notices'], () => import('../components/plan/PlanScreen.svelte')),
    props: withAnchor,
  },
  agenda: {
    title: () => 'agenda.title',
    load: () => withMessages(['calendar', 'meeting', 'ical', 'notices', 'personal'], () => import('../components/personal/MyAgendaScreen.svelte')),
    props: bundleOnly,
  },
  calendar: {
    title: () => 'calendar.title',
    load: () => withMessages(['calendar', 'meeting', 'ical', 'notices', 'personal'], () => import('../components/calendar/CalendarScreen.svelte')),
    // The clock itself, not its time: the screen reads it, so this entry is not rebuilt every minute.
    props: (route, { overview, clock }) => ({ bundle: overview, month: route.month, clock }),
    reads: 'overview',
  },
  meeting: {
    title: () => 'calendar.title',
    load: () => withMessages(['meeting', 'forms', 'notices', 'translations', 'ical', 'personal'], () => import('../components/meeting/MeetingScreen.svelte')),
    props: (route, { plan }) => ({ plan, meetingId: route.id }),
    reads: 'record',
    key: (route) => `meeting:${route.id}`,
    tab: true,
  },
  timeline: {
    title: () => 'timeline.title',
    load: () => withMessages(['plan', 'translations'], () => import('../components/timeline/TimelineScreen.svelte')),
    props: bundleOnly,
  },
  documents: {
    title: () => 'documents.title',
    load: () => withMessages(['plan', 'forms', 'documents', 'notices'], () => import('../components/plan/DocumentsScreen.svelte')),
    props: withAnchor,
  },
  glossary: {
    title: () => 'glossary.title',
    load: () => withMessages(['glossary', 'plan'], () => import('../components/glossary/GlossaryScreen.svelte')),
    props: withAnchor,
  },
  plans: {
    title: () => 'plans.title',
    load: () =>
      withMessages(['plans', 'forms', 'translations', 'plan-files', 'meeting', 'notices', 'personal'], () => import('../components/plans/PlansScreen.svelte')),
    tab: true,
    planless: true,
    reads: 'record',
  },
  changes: {
    title: () => 'changes.title',
    load: () => withMessages(['history', 'notices', 'plan', 'meeting'], () => import('../components/history/ChangesScreen.svelte')),
    props: bundleOnly,
  },
  history: {
    title: () => 'history.title',
    load: () => withMessages(['history', 'notices', 'plan', 'meeting'], () => import('../components/history/HistoryScreen.svelte')),
    props: (route, { bundle }) => ({ bundle, recordId: route.id }),
    key: (route) => `history:${route.id}`,
  },
  edit: {
    title: (route) => (route.target === 'plan' ? 'plans.edit' : 'form.edit'),
    load: (route) =>
      route.target === 'meeting'
        ? withMessages(['meeting', 'forms', 'notices', 'translations'], () => import('../components/meeting/MeetingFormScreen.svelte'))
        : route.target === 'plan'
          ? withMessages(['forms', 'notices', 'translations', 'meeting'], () => import('../components/plans/PlanFormScreen.svelte'))
          : planTextForm,
    props: (route, { bundle }) =>
      route.target === 'meeting' ? { bundle, meetingId: route.id } : route.target === 'plan' ? { bundle } : { bundle, target: route.target, id: route.id },
    key: formKey,
    tab: true,
  },
  new: {
    title: (route) => NEW_TITLES[route.target],
    // A plan is not added by a form of its own: the plans screen creates one.
    load: (route) =>
      route.target === 'meeting'
        ? withMessages(['meeting', 'forms', 'notices', 'translations'], () => import('../components/meeting/MeetingFormScreen.svelte'))
        : route.target === 'plan'
          ? undefined
          : planTextForm,
    props: (route, { bundle }) => (route.target === 'meeting' ? { bundle } : { bundle, target: route.target, parent: route.parent }),
    key: formKey,
    tab: true,
  },
  share: {
    title: () => 'share.title',
    load: () =>
      withMessages(
        ['plan-files', 'ical', 'forms', 'meeting', 'notices', 'personal', 'history', 'plan'],
        () => import('../components/plan-files/ShareScreen.svelte'),
      ),
    props: bundleOnly,
  },
  open: {
    title: () => 'open.screenTitle',
    load: () => withMessages(['plan-files', 'ical', 'forms', 'meeting', 'history', 'notices'], () => import('../components/plan-files/OpenScreen.svelte')),
    props: (route, { bundle }) => ({ bundle, url: route.url }),
    key: (route) => `open:${route.url ?? ''}`,
  },
  search: {
    title: () => 'search.title',
    load: () => withMessages(['search', 'glossary', 'meeting'], () => import('../components/search/SearchScreen.svelte')),
    props: (route, { bundle }) => ({ bundle, q: route.q }),
    // Typing replaces the address without a route change; a new address opens a fresh screen.
    key: (route) => `search:${route.q ?? ''}`,
  },
};

/** The entry for a route, typed for any route (the table is typed per name). */
export function routeEntry<R extends ScreenRoute>(route: R): RouteEntry<R> {
  return routeTable[route.name] as unknown as RouteEntry<R>;
}
