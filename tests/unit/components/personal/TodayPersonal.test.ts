import { render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../../src/data/mispa-iii.ts';
import TodayPersonal from '../../../../src/lib/components/personal/TodayPersonal.svelte';
import { setMark } from '../../../../src/lib/db/commands/index.ts';
import { seedAppDb } from '../app-db.ts';

const PLAN = mispaIII.plan.id;
const groupNext = 'mispa-iii/wg-2011-09-15';
const mineNext = 'mispa-iii/wg-2011-09-29';

describe('Today, my part', () => {
  it('shows my next meeting first when it is not the group’s next one, and tells a change once', async () => {
    const db = await seedAppDb();
    await setMark(db, PLAN, 'meeting', mineNext, true);
    await db.meetings.update(mineNext, { status: 'cancelled' });
    await setMark(db, PLAN, 'meeting', 'mispa-iii/wg-2011-10-13', true);
    render(TodayPersonal, { planId: PLAN, shownId: groupNext, now: new Date('2011-09-01T12:00:00Z') });
    await screen.findByRole('heading', { name: 'Ma prochaine réunion' });
    expect(screen.getByRole('link', { name: 'Réunion du groupe de travail du 13 octobre 2011' })).toBeTruthy();
    expect((await screen.findByRole('heading', { name: 'Une réunion de votre agenda a changé' })).closest('section')?.textContent).toContain(
      'Réunion du groupe de travail du 29 septembre 2011 : annulée.',
    );
    await waitFor(async () => expect((await db.marks.get([PLAN, mineNext]))?.seen?.status).toBe('cancelled'));
  });

  it('says nothing more when my next meeting is the one shown below', async () => {
    const db = await seedAppDb();
    await setMark(db, PLAN, 'meeting', groupNext, true);
    const { container } = render(TodayPersonal, { planId: PLAN, shownId: groupNext, now: new Date('2011-09-01T12:00:00Z') });
    await new Promise((r) => setTimeout(r, 300));
    expect(container.textContent?.trim()).toBe('');
    // The same screen, once I follow a meeting before the group's next one, shows it first.
    await setMark(db, PLAN, 'meeting', 'mispa-iii/mtg-mispa-iii', true);
    await db.meetings.update('mispa-iii/mtg-mispa-iii', { startDate: '2011-09-10' });
    await screen.findByRole('heading', { name: 'Ma prochaine réunion' });
  });
});
