/*
 * The meeting form at the clock changes: a time the clocks skip is refused with a message
 * naming the gap; a time they show twice brings a radio question (which one, by UTC offset)
 * that must be answered, and the answer is stored as the meeting's offset.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import MeetingFormScreen from '../../../src/lib/components/meeting/MeetingFormScreen.svelte';
import { db } from '../../../src/lib/db/db.ts';
import { seedAppDb } from './app-db.ts';

const input = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;
const type = async (label: string, value: string) => {
  await fireEvent.input(input(label), { target: { value } });
  await fireEvent.blur(input(label));
};
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

beforeEach(async () => {
  await seedAppDb();
});

afterEach(() => {
  localStorage.clear();
  location.hash = '';
});

describe('MeetingFormScreen at the clock changes', () => {
  it('refuses a time the clocks skip, naming the gap', async () => {
    render(MeetingFormScreen, { bundle: mispaIII });
    await type('Date (premier jour)', '2011-03-13');
    await type('Heure de début', '02:30');
    expect(screen.getByText('2:30 n’existe pas le 13 mars 2011 à New York : les horloges passent de 2:00 à 3:00.')).toBeTruthy();
    expect(input('Heure de début').getAttribute('aria-invalid')).toBe('true');
    await save();
    expect(screen.getByRole('alert').textContent).toContain('Corrigez les champs signalés');
    expect(location.hash).toBe('');
  });

  it('asks which one for a time the clocks show twice, and stores the answer as its offset', async () => {
    render(MeetingFormScreen, { bundle: mispaIII });
    await type('Date (premier jour)', '2011-11-06');
    await type('Heure de début', '10:00');
    expect(screen.queryByRole('group')).toBeNull();
    await type('Heure de début', '01:30');
    const group = screen.getByRole('group', { name: 'L’heure de début, 1:30, existe deux fois ce jour-là : laquelle ?' });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual(['1:30 UTC−04:00 (la première)', '1:30 UTC−05:00 (la seconde)']);
    expect(radios.some((r) => r.checked)).toBe(false);

    await save();
    expect(within(group).getByText(/1:30 existe deux fois le 6 novembre 2011 à New York \(les horloges reculent de 2:00 à 1:00\)/)).toBeTruthy();
    expect(location.hash).toBe('');

    await fireEvent.click(radios[1]!);
    await save();
    await waitFor(() => expect(location.hash).toMatch(/^#\/meeting\//));
    const id = decodeURIComponent(location.hash.slice('#/meeting/'.length));
    expect(await db.meetings.get(id)).toMatchObject({ startDate: '2011-11-06', startTime: '01:30', startOffset: -300, timeZone: 'America/New_York' });
  });

  it('drops the question, and the offset, when the time no longer happens twice', async () => {
    render(MeetingFormScreen, { bundle: mispaIII });
    await type('Date (premier jour)', '2011-11-06');
    await type('Heure de début', '01:30');
    await fireEvent.click(screen.getAllByRole('radio')[0]!);
    await type('Heure de début', '09:00');
    expect(screen.queryByRole('group')).toBeNull();
    await save();
    await waitFor(() => expect(location.hash).toMatch(/^#\/meeting\//));
    const stored = await db.meetings.get(decodeURIComponent(location.hash.slice('#/meeting/'.length)));
    expect(stored).toMatchObject({ startTime: '09:00' });
    expect(stored).not.toHaveProperty('startOffset');
  });
});
