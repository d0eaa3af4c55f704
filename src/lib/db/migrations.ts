/*
 * The database schema as an append-only list of versions. A version that has shipped is
 * never edited: a change is a new entry at the end, with a one-line reason. Dexie opens the
 * database at the last version and runs each pending upgrade in one transaction.
 */
import type { Transaction } from 'dexie';

export type Migration = {
  version: number;
  reason: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
};

export const migrations: readonly Migration[] = [
  {
    version: 1,
    reason: 'First schema: plans and every record they own, plus a key-value table for app state.',
    stores: {
      plans: 'id, updatedAt',
      sections: 'id, planId, parentId',
      resolutions: 'id, planId',
      mandates: 'id, planId, resolutionId',
      meetings: 'id, planId, [planId+startDate]',
      agendaItems: 'id, planId, meetingId',
      documents: 'id, planId, symbol',
      milestones: 'id, planId',
      meta: 'key',
    },
  },
  {
    version: 2,
    reason: 'History of every change (undo, restore, compare) and what was last exported to calendars.',
    stores: {
      history: '++seq, planId, [planId+seq], recordId, batch',
      icalExports: '[planId+meetingId], planId',
    },
  },
  {
    version: 3,
    reason: 'The embedded MISPA-III plan is the draft examined on 15 September, not an adopted plan: correct its seeded status.',
    stores: {},
    upgrade: draftSeededPlan,
  },
];

/**
 * Earlier versions seeded the MISPA-III work plan as "adopted"; its source is the draft
 * submitted for approval. The status is corrected only where the user never edited the plan
 * record itself (no history entry for it), so a status someone chose is kept. No history
 * entry is written: this corrects the data as loaded, it is not a change of the user's.
 */
async function draftSeededPlan(tx: Transaction): Promise<void> {
  const seeded = await tx.table('plans').filter((p) => p.seedKey === 'mispa-iii' && p.status === 'adopted').toArray();
  for (const plan of seeded) {
    const edited = await tx.table('history').where('recordId').equals(plan.id).filter((e) => e.table === 'plans').count();
    if (!edited) await tx.table('plans').update(plan.id, { status: 'draft' });
  }
}
