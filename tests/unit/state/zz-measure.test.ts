import Dexie, { liveQuery } from 'dexie';
import { it } from 'vitest';
import { recordOutcome } from '../../../src/lib/db/commands/index.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { loadPlanBundle } from '../../../src/lib/db/queries.ts';
import { seedOnce } from '../../../src/lib/db/seed.ts';
import { generatePlan } from '../../../src/lib/domain/generate-plan.ts';
import { readMeeting } from '../../../src/lib/state/meeting-reads.ts';
import { Reads } from '../../../src/lib/state/reads.ts';
import { noteBundle } from '../../../src/lib/state/plan-reads.ts';

it('measures', { timeout: 600_000 }, async () => {
  const bundle = generatePlan({ seed: 1, meetings: 2000, agendaItems: 20_000, mandates: 500 });
  const db = new QuorumDatabase();
  await seedOnce(db, 'large', bundle);
  const meeting = bundle.meetings.find((m) => bundle.agendaItems.some((i) => i.meetingId === m.id))!;
  const item = bundle.agendaItems.find((i) => i.meetingId === meeting.id)!;
  const time = async (label: string, f: () => Promise<unknown>) => { const t = performance.now(); await f(); console.log(label, Math.round(performance.now() - t), 'ms'); };
  for (let i = 0; i < 2; i++) {
    await time('whole plan read (old bridge, every write)', () => loadPlanBundle(db, bundle.plan.id));
    await time('whole plan read + noting its keys', async () => { const r = new Reads(); noteBundle(r, db, bundle.plan.id, await loadPlanBundle(db, bundle.plan.id)); });
    await time('meeting + agenda read, noted', () => readMeeting(db, new Reads(), meeting.id));
    let parts: Record<string, unknown> = {};
    const on = (p: Record<string, unknown>) => (parts = p);
    Dexie.on('storagemutated', on);
    await recordOutcome(db, item.id, { kind: 'decided' });
    await new Promise((r) => setTimeout(r, 20));
    Dexie.on('storagemutated').unsubscribe(on);
    const r = new Reads(); noteBundle(r, db, bundle.plan.id, await loadPlanBundle(db, bundle.plan.id));
    await time('touchedBy on the whole plan’s reads', async () => r.touchedBy(parts));
  }
  // Dexie's liveQuery, the query inside a read transaction: first result, then one outcome.
  for (const [label, query] of [
    ['liveQuery whole plan', () => db.transaction('r', [db.plans, ...db.planTables], () => loadPlanBundle(db, bundle.plan.id))],
    ['liveQuery meeting', () => db.transaction('r', [db.meetings, db.agendaItems, db.sections], () => readMeeting(db, new Reads(), meeting.id))],
  ] as const) {
    let runs = 0; let t = performance.now(); let resolveFirst!: () => void; let resolveNext!: () => void;
    const first = new Promise<void>((r) => (resolveFirst = r)); const next = new Promise<void>((r) => (resolveNext = r));
    const sub = liveQuery(query as () => Promise<unknown>).subscribe(() => { runs++; if (runs === 1) resolveFirst(); else resolveNext(); });
    await first; console.log(label, 'first', Math.round(performance.now() - t), 'ms');
    t = performance.now();
    await recordOutcome(db, item.id, { kind: runs % 2 ? 'withdrawn' : 'postponed' });
    await Promise.race([next, new Promise((r) => setTimeout(r, 5000))]);
    console.log(label, 'after an outcome', Math.round(performance.now() - t), 'ms, runs', runs);
    sub.unsubscribe();
  }
});
