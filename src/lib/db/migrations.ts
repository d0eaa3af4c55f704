/*
 * The database schema as an append-only list of versions. A version that has shipped is
 * never edited: a change is a new entry at the end, with a one-line reason. Dexie opens the
 * database at the last version and runs each pending upgrade in one transaction.
 */
import type { Transaction } from 'dexie';
import type { HistoryEntry } from '../domain/types.ts';
import { planModeKey } from './plan-mode-key.ts';

export type Migration = {
  version: number;
  reason: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
};

/** The one database of the app (database.ts; read without Dexie for the first screen, first-read.ts). */
export const DATABASE_NAME = 'quorum';

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
    reason: 'The user\'s own marks ("mine") and private notes, apart from the plan, keyed by plan and record id.',
    stores: {
      marks: '[planId+recordId], planId',
      notes: '[planId+recordId], planId',
    },
    // Reading mode comes with this version (plan-mode.ts): the user's own plans stay editable.
    upgrade: ownPlansToOrganiser,
  },
  {
    version: 4,
    reason: 'The texts of the documents (PDF, Word, ODF, text, images), as Blobs keyed by their SHA-256: a plan names them by hash.',
    stores: {
      documentFiles: 'hash',
    },
  },
];

/**
 * Version 3's upgrade: each plan whose history starts with the user creating or duplicating it
 * gets the organiser-mode key those commands now set (plan-mode.ts). A plan from before the
 * history (version 1) cannot be told apart and opens for reading; one switch turns it back.
 */
async function ownPlansToOrganiser(tx: Transaction): Promise<void> {
  const created = await tx
    .table('history')
    .filter((e: HistoryEntry) => e.table === 'plans' && e.op === 'create' && OWN_PLAN_COMMANDS.includes(e.command))
    .toArray();
  for (const planId of new Set(created.map((e: HistoryEntry) => e.planId))) {
    const key = planModeKey(planId);
    if ((await tx.table('plans').get(planId)) && !(await tx.table('meta').get(key))) await tx.table('meta').put({ key, value: 'organiser' });
  }
}
const OWN_PLAN_COMMANDS = ['createEmptyPlan', 'duplicatePlan'];
