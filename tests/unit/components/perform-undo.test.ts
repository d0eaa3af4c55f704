import { beforeEach, describe, expect, it } from 'vitest';
import { perform } from '../../../src/lib/components/shared/perform.ts';
import { undoLastChange } from '../../../src/lib/components/shared/undo.ts';
import { updateMeeting } from '../../../src/lib/db/commands/index.ts';
import { db } from '../../../src/lib/db/db.ts';
import { feedback } from '../../../src/lib/state/feedback.svelte.ts';
import { seedAppDb } from './app-db.ts';

const WG = 'mispa-iii/wg-2011-09-15';

beforeEach(async () => {
  await seedAppDb();
  feedback.clear();
});

describe('perform and undo, as the interface runs them', () => {
  it('confirms a change with an undo for its plan, and undo puts it back', async () => {
    expect(await perform('mispa-iii', () => updateMeeting(db, WG, { startTime: '10:00' }), 'Modification enregistrée.')).toBe(true);
    expect(feedback.current).toMatchObject({ text: 'Modification enregistrée.', tone: 'ok', undoPlanId: 'mispa-iii' });
    await undoLastChange('mispa-iii');
    expect(feedback.current?.text).toBe('Modification annulée.');
    expect((await db.meetings.get(WG))?.startTime).toBeUndefined();
    await undoLastChange('mispa-iii');
    expect(feedback.current?.text).toBe('Rien à défaire.');
  });

  it('reports a refused change in words, with no undo, and changes nothing', async () => {
    const ok = await perform('mispa-iii', () => updateMeeting(db, WG, { startDate: '2011-02-30' }), 'Modification enregistrée.');
    expect(ok).toBe(false);
    expect(feedback.current).toMatchObject({ tone: 'bad', text: 'Corrigez les champs signalés avant d’enregistrer.' });
    expect(feedback.current?.undoPlanId).toBeUndefined();
    expect((await db.meetings.get(WG))?.startDate).toBe('2011-09-15');
  });
});
