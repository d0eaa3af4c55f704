import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../../src/data/mispa-iii.ts';
import MineToggleLive from '../../../../src/lib/components/personal/MineToggleLive.svelte';
import { setLanguage } from '../../../../src/lib/i18n/index.ts';
import { seedAppDb } from '../app-db.ts';

const PLAN = mispaIII.plan.id;
const meeting = mispaIII.meetings.find((m) => m.startDate === '2011-09-15')!;

describe('the "mine" toggle', () => {
  it('is one pressed-or-not button, named with the meeting, that marks and unmarks', async () => {
    const db = await seedAppDb();
    render(MineToggleLive, { planId: PLAN, kind: 'meeting', recordId: meeting.id, name: 'Réunion du 15 septembre' });
    const button = await screen.findByRole('button', { name: 'Mon agenda: Réunion du 15 septembre' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(button.className).toContain('mine');
    await fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true'); // at once, before the database answers
    await waitFor(async () => expect(await db.marks.get([PLAN, meeting.id])).toBeTruthy());
    await fireEvent.click(button);
    await waitFor(async () => expect(await db.marks.count()).toBe(0));
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('false'));
  });

  it('has its label in the four languages', async () => {
    const labels: string[] = [];
    for (const lang of ['en', 'es', 'pt', 'fr'] as const) {
      await setLanguage(lang);
      const { unmount } = render(MineToggleLive, { planId: PLAN, kind: 'meeting', recordId: meeting.id, name: 'X' });
      labels.push((await screen.findByRole('button')).textContent!.replace(/[☆★]/, '').replace(': X', '').trim());
      unmount();
    }
    expect(labels).toEqual(['My agenda', 'Mi agenda', 'Minha agenda', 'Mon agenda']);
  });
});
