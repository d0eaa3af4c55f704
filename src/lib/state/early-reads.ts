/*
 * What the first screen (the overview) shows before the database is open (state/database.ts):
 * the stored plan read without Dexie (db/first-read.ts) or, on a first visit, the embedded
 * default plan that start-up then seeds, the very records it writes. The overview's live
 * queries (shown-plan.svelte.ts, agenda.svelte.ts) take these as their `early` answer
 * (live.svelte.ts) and read the database as soon as it is open.
 */
import type { FirstRead } from '../db/first-read.ts';
import { sortByOrder } from '../domain/agenda.ts';
import { overviewMeeting } from '../domain/meetings.ts';
import type { AgendaItem, Id, PlanBundle } from '../domain/types.ts';
import { clock } from './clock.svelte.ts';
import { overviewOf, type OverviewPlan } from './plan-reads.ts';

type Early = {
  overview: { plan: PlanBundle['plan'] | undefined; overview?: OverviewPlan };
  agendaOf(meetingId: Id): Promise<AgendaItem[] | undefined>;
};

let early: Promise<Early | undefined> = Promise.resolve(undefined);

/** What the first read found (main.ts); `defaultPlan` is the embedded plan, for a first visit. */
export function showEarly(read: Promise<FirstRead>, defaultPlan: () => Promise<PlanBundle>): void {
  early = read.then(async (found): Promise<Early | undefined> => {
    if (found.kind === 'unknown') return undefined;
    if (found.kind === 'stored') {
      const { plan } = found;
      const agendaOf = async (id: Id) => {
        const items = await found.agendaOf(id);
        return items && sortByOrder(items);
      };
      // The agenda of the meeting the overview shows is read with it, so that the screen is
      // drawn once, whole: nothing it shows arrives a moment later and moves the rest.
      const shown = overviewMeeting(found.meetings, clock.now);
      const agenda = shown.state === 'none' ? undefined : { id: shown.meeting.id, items: await agendaOf(shown.meeting.id) };
      return {
        overview: { plan, ...(plan ? { overview: overviewOf(plan, found.meetings, found.mandates, found.resolutions) } : {}) },
        agendaOf: (id) => (id === agenda?.id ? Promise.resolve(agenda.items) : agendaOf(id)),
      };
    }
    const bundle = await defaultPlan();
    return {
      overview: { plan: bundle.plan, overview: overviewOf(bundle.plan, bundle.meetings, bundle.mandates, bundle.resolutions) },
      agendaOf: (id) => Promise.resolve(sortByOrder(bundle.agendaItems.filter((item) => item.meetingId === id))),
    };
  });
  early.catch(() => undefined);
}

/** Settles once the early read has answered (found something or not). */
export const earlyAnswered = (): Promise<void> =>
  early.then(
    () => undefined,
    () => undefined,
  );

/** The plan shown and its overview part, if known before the database opens. */
export const earlyOverview = () => early.then((found) => found?.overview).catch(() => undefined);

/** A meeting's agenda in order, if known before the database opens. */
export const earlyAgenda = (meetingId: Id) => early.then((found) => found?.agendaOf(meetingId)).catch(() => undefined);
