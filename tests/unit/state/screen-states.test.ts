import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { recordBackup } from '../../../src/lib/plan-files/backup-store.ts';
import { AgendaState } from '../../../src/lib/state/agenda.svelte.ts';
import { PageAgendasState } from '../../../src/lib/state/page-agendas.svelte.ts';
import { BackupState } from '../../../src/lib/state/backup.svelte.ts';
import { IcalExportsState, ReminderState } from '../../../src/lib/state/calendar-export.svelte.ts';
import { commands } from '../../../src/lib/state/commands.ts';
import { PlanChanges, RecordHistory } from '../../../src/lib/state/history.svelte.ts';
import { MeetingState } from '../../../src/lib/state/meeting.svelte.ts';
import { planSnapshot } from '../../../src/lib/state/plan-snapshot.ts';
import { PlansState } from '../../../src/lib/state/plans.svelte.ts';
import { ShownPlan, type PlanPart } from '../../../src/lib/state/shown-plan.svelte.ts';
import { WholePlanState } from '../../../src/lib/state/whole-plan.svelte.ts';
import type { Id } from '../../../src/lib/domain/types.ts';
import { seedAppDb } from '../components/app-db.ts';
import { box } from '../helpers/box.svelte.ts';
import { inEffectRoot } from '../helpers/effect-root.svelte.ts';

/** Builds a state in an effect root, as a component would. */
function make<T>(build: () => T): { state: T; stop: () => void } {
  let state!: T;
  const stop = inEffectRoot(() => void (state = build()));
  flushSync();
  return { state, stop };
}
async function until(ready: () => boolean) {
  for (let i = 0; i < 300 && !ready(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ready()).toBe(true);
}

const PLAN = mispaIII.plan.id;
const meeting = mispaIII.meetings.find((m) => m.startDate === '2011-09-15')!;
const item = mispaIII.agendaItems.find((i) => i.meetingId === meeting.id)!;

describe('ShownPlan', () => {
  it('reads the record, the overview’s part or the whole plan, as asked', async () => {
    await seedAppDb();
    const part = box<PlanPart>('record');
    const { state, stop } = make(() => new ShownPlan(() => part.value));
    await until(() => state.loaded);
    expect(state.plan?.id).toBe(PLAN);
    expect(state.overview).toBeUndefined();
    part.value = 'overview';
    await until(() => state.overview !== undefined);
    expect(state.overview?.meetings).toHaveLength(mispaIII.meetings.length);
    part.value = 'whole';
    await until(() => state.bundle !== undefined);
    expect(state.bundle?.agendaItems).toHaveLength(mispaIII.agendaItems.length);
    stop();
  });
});

describe('MeetingState and AgendaState', () => {
  it('show one meeting, its agenda, its neighbours, and follow an outcome', async () => {
    await seedAppDb();
    const { state, stop } = make(() => ({
      page: new MeetingState(
        () => PLAN,
        () => meeting.id,
      ),
      agenda: new AgendaState(() => meeting.id),
    }));
    await until(() => state.page.loaded && state.agenda.items.length > 0);
    expect(state.page.meeting?.id).toBe(meeting.id);
    expect(state.page.agenda.map((i) => i.id)).toEqual(state.agenda.items.map((i) => i.id));
    expect(state.page.around.next?.startDate).toBe('2011-09-22');
    expect(state.page.documents).toHaveLength(mispaIII.documents.length);
    await commands.recordOutcome(item.id, { kind: 'postponed' });
    await until(() => state.page.agenda[0]?.outcome?.kind === 'postponed' && state.agenda.items[0]?.outcome?.kind === 'postponed');
    stop();
  });
});

describe('PageAgendasState and WholePlanState', () => {
  it('read a page’s agendas only and the whole plan only once asked, and follow an outcome', async () => {
    await seedAppDb();
    const other = mispaIII.meetings.find((m) => m.id !== meeting.id && mispaIII.agendaItems.some((i) => i.meetingId === m.id))!;
    const asked = box<Id | undefined>(undefined);
    const { state, stop } = make(() => ({
      page: new PageAgendasState(() => [meeting]),
      whole: new WholePlanState(() => asked.value),
    }));
    await until(() => state.page.loaded);
    const ofMeeting = mispaIII.agendaItems.filter((i) => i.meetingId === meeting.id);
    expect(state.page.of(meeting.id).map((i) => i.id)).toEqual([...ofMeeting].sort((a, b) => a.order - b.order).map((i) => i.id));
    expect(state.page.of(other.id)).toEqual([]); // not on the page: not read
    expect(state.whole.bundle).toBeUndefined();
    asked.value = PLAN;
    await until(() => state.whole.bundle !== undefined);
    expect(state.whole.bundle?.agendaItems).toHaveLength(mispaIII.agendaItems.length);
    await commands.recordOutcome(item.id, { kind: 'postponed' });
    await until(
      () =>
        state.page.of(meeting.id).find((i) => i.id === item.id)?.outcome?.kind === 'postponed' &&
        state.whole.bundle?.agendaItems.find((i) => i.id === item.id)?.outcome?.kind === 'postponed',
    );
    stop();
  });
});

describe('BackupState, PlansState, history and export states', () => {
  it('follow their records', async () => {
    const db = await seedAppDb();
    const { state, stop } = make(() => ({
      backup: new BackupState(() => PLAN),
      plans: new PlansState(),
      record: new RecordHistory(
        () => PLAN,
        () => item.id,
      ),
      changes: new PlanChanges(() => mispaIII.plan),
      reminder: new ReminderState(),
      exports: new IcalExportsState(() => PLAN),
    }));
    await until(() => state.backup.loaded && state.plans.plans !== undefined && state.record.entries.loaded && state.exports.loaded);
    expect(state.plans.current).toBe(PLAN);
    expect(state.backup.status?.needsBackup).toBe(false);
    await commands.recordOutcome(item.id, { kind: 'decided' });
    await until(() => state.backup.status?.changesSinceBackup === 1 && state.record.entries.value?.length === 1);
    await until(() => state.changes.recent.value?.length === 1 && state.changes.loaded.value !== undefined);
    await recordBackup(db, [PLAN], new Date());
    await until(() => state.backup.status?.needsBackup === false);
    await commands.setSetting('icalReminder', '1d');
    await until(() => state.reminder.value === '1d');
    await commands.recordIcalExport(PLAN, [meeting], []);
    await until(() => state.exports.exports?.length === 1);
    expect((await planSnapshot(PLAN))?.plan.id).toBe(PLAN);
    stop();
  });
});
