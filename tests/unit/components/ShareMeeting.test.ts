import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ShareMeeting from '../../../src/lib/components/meeting/ShareMeeting.svelte';
import { makeMeeting } from '../factories.ts';

const meeting = makeMeeting({ id: 'plan-1/m1', startTime: '10:00', endTime: '13:00' });
const PARTS = ['share', 'canShare', 'clipboard'] as const;

/** Gives the page's navigator the parts given (absent ones are features the browser lacks). */
function browserWith(parts: Partial<Record<(typeof PARTS)[number], unknown>>) {
  for (const name of PARTS) Object.defineProperty(navigator, name, { value: parts[name], configurable: true });
}

afterEach(() => browserWith({}));

describe('ShareMeeting', () => {
  it('opens the share sheet with the meeting’s title, time in its zone and link, and says nothing more', async () => {
    const share = vi.fn(() => Promise.resolve());
    browserWith({ share, canShare: () => true });
    render(ShareMeeting, { meeting });
    await fireEvent.click(screen.getByRole('button', { name: 'Partager' }));
    await waitFor(() => expect(share).toHaveBeenCalledOnce());
    expect(share).toHaveBeenCalledWith({
      title: 'Réunion du groupe de travail du 15 septembre 2011',
      text: expect.stringContaining('10:00 – 13:00 — heure de l’Est nord-américain (America/New_York)') as string,
      url: `${location.origin}${location.pathname}#/meeting/plan-1%2Fm1`,
    });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('copies the link where there is no share sheet and says so politely', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    browserWith({ clipboard: { writeText } });
    render(ShareMeeting, { meeting });
    await fireEvent.click(screen.getByRole('button', { name: 'Partager' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Lien copié dans le presse-papiers.'));
    expect(writeText).toHaveBeenCalledWith(`${location.origin}${location.pathname}#/meeting/plan-1%2Fm1`);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('shows the link selected in a field to copy by hand when the clipboard is refused too', async () => {
    browserWith({ clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    render(ShareMeeting, { meeting });
    await fireEvent.click(screen.getByRole('button', { name: 'Partager' }));
    const field = await screen.findByLabelText<HTMLInputElement>('Lien de la réunion');
    expect(field.value).toMatch(/#\/meeting\/plan-1%2Fm1$/);
    expect(field.readOnly).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('copiez ce lien');
  });
});
