import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mispaIII, MISPA_III_SEED_KEY } from '../../../src/data/mispa-iii.ts';
import { updateMeeting } from '../../../src/lib/db/commands/index.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { seededDb } from '../db/db-helpers.ts';
import { firstRead, type StoredFirstRead } from '../../../src/lib/db/first-read.ts';
import { DATABASE_NAME, migrations } from '../../../src/lib/db/migrations.ts';
import { seedOnce } from '../../../src/lib/db/seed.ts';
import { AgendaState } from '../../../src/lib/state/agenda.svelte.ts';
import { openDatabaseWith } from '../../../src/lib/state/database.ts';
import { earlyAgenda, earlyOverview, showEarly } from '../../../src/lib/state/early-reads.ts';
import { clock } from '../../../src/lib/state/clock.svelte.ts';
import { sortByOrder } from '../../../src/lib/domain/agenda.ts';
import { overviewMeeting } from '../../../src/lib/domain/meetings.ts';
import { ShownPlan } from '../../../src/lib/state/shown-plan.svelte.ts';
import { fr } from '../factories.ts';
import { inEffectRoot } from '../helpers/effect-root.svelte.ts';

async function until(ready: () => boolean) {
  for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setTimeout(r, 10));
}

const meeting = mispaIII.meetings.find((m) => mispaIII.agendaItems.some((i) => i.meetingId === m.id))!;
const agendaIds = mispaIII.agendaItems.filter((i) => i.meetingId === meeting.id).map((i) => i.id);

/** The overview's two live queries, before and after the database opens (`open`). */
function overviewStates() {
  let open: (db: QuorumDatabase) => void = () => {};
  openDatabaseWith(new Promise<QuorumDatabase>((resolve) => (open = resolve)));
  let shown!: ShownPlan;
  let agenda!: AgendaState;
  const stop = inEffectRoot(() => {
    shown = new ShownPlan(() => 'overview');
    agenda = new AgendaState(() => meeting.id);
  });
  flushSync();
  return { shown, agenda, open, stop };
}

const placeOf = (shown: ShownPlan) => shown.overview?.meetings.find((m) => m.id === meeting.id)?.place?.text;

describe('the overview before the database opens', () => {
  it('on a first visit shows the embedded plan at once, then what the database holds', async () => {
    showEarly(firstRead(DATABASE_NAME, migrations), async () => mispaIII);
    const { shown, agenda, open, stop } = overviewStates();
    await until(() => shown.loaded && agenda.items.length > 0);
    expect(shown.plan?.id).toBe(mispaIII.plan.id);
    expect(shown.overview?.meetings.map((m) => m.id).sort()).toEqual(mispaIII.meetings.map((m) => m.id).sort());
    expect(agenda.items.map((i) => i.id)).toEqual(agendaIds);

    // Start-up seeds the plan; here it was also changed before the database was handed over.
    const db = new QuorumDatabase();
    await seededDb(db);
    await updateMeeting(db, meeting.id, { place: fr('Salle du Conseil') });
    open(db);
    await until(() => placeOf(shown) === 'Salle du Conseil');
    expect(placeOf(shown)).toBe('Salle du Conseil');
    stop();
  });

  it('on a later visit shows the stored plan read without Dexie, and follows the database once open', async () => {
    const db = new QuorumDatabase();
    await seededDb(db);
    await updateMeeting(db, meeting.id, { place: fr('Salle A') });
    db.close();
    showEarly(firstRead(DATABASE_NAME, migrations), async () => {
      throw new Error('the embedded plan is not for a device with data');
    });
    const { shown, agenda, open, stop } = overviewStates();
    await until(() => shown.loaded && agenda.items.length > 0);
    expect(placeOf(shown)).toBe('Salle A');
    expect(agenda.items.map((i) => i.id)).toEqual(agendaIds);

    await db.open();
    open(db);
    await updateMeeting(db, meeting.id, { place: fr('Salle B') });
    await until(() => placeOf(shown) === 'Salle B');
    expect(placeOf(shown)).toBe('Salle B');
    stop();
  });

  it('reads the agenda of the meeting the overview shows with the overview, so the screen is drawn once, whole', async () => {
    const asked: string[] = [];
    const found: StoredFirstRead = {
      kind: 'stored',
      plan: mispaIII.plan,
      meetings: mispaIII.meetings,
      mandates: mispaIII.mandates,
      resolutions: mispaIII.resolutions,
      agendaOf: async (id) => (asked.push(id), mispaIII.agendaItems.filter((i) => i.meetingId === id)),
      close: () => {},
    };
    showEarly(Promise.resolve(found), async () => mispaIII);
    const shown = overviewMeeting(mispaIII.meetings, clock.now);
    if (shown.state === 'none') throw new Error('the seed has meetings');
    expect((await earlyOverview())?.plan?.id).toBe(mispaIII.plan.id);
    expect(asked).toEqual([shown.meeting.id]);
    expect((await earlyAgenda(shown.meeting.id))?.map((i) => i.id)).toEqual(
      sortByOrder(mispaIII.agendaItems.filter((i) => i.meetingId === shown.meeting.id)).map((i) => i.id),
    );
    expect(asked).toEqual([shown.meeting.id]);
  });

  it('shows nothing early when the first read leaves it to start-up', async () => {
    showEarly(Promise.resolve({ kind: 'unknown' }), async () => mispaIII);
    const { shown, open, stop } = overviewStates();
    await new Promise((r) => setTimeout(r, 50));
    expect(shown.loaded).toBe(false);
    const db = new QuorumDatabase();
    await seedOnce(db, MISPA_III_SEED_KEY, mispaIII);
    open(db);
    await until(() => shown.loaded);
    expect(shown.plan?.id).toBe(mispaIII.plan.id);
    stop();
  });
});
