/*
 * The choices a merge with the shared folder asks for (components/publishing/ConflictChoices):
 * a field both sides changed shows the value both started from, this device's and the folder's;
 * a meeting deleted here and changed there offers to keep or delete it; nothing is settled
 * until every conflict has a choice, and the choices given are the ones the merge applies.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import ConflictChoices from '../../../src/lib/components/publishing/ConflictChoices.svelte';
import { mergePlans, type MergeSide } from '../../../src/lib/domain/plan-merge.ts';
import type { LocalizedText, PlanBundle } from '../../../src/lib/domain/types.ts';
import type { PendingMerge } from '../../../src/lib/shared-folder/index.ts';

const fr = (text: string): LocalizedText => ({ text, lang: 'fr' });
const [A, B] = [mispaIII.meetings[0]!.id, mispaIII.meetings[1]!.id];
const withPlace = (bundle: PlanBundle, id: string, place: string): PlanBundle => ({
  ...bundle,
  meetings: bundle.meetings.map((m) => (m.id === id ? { ...m, place: fr(place) } : m)),
});

function pending(): PendingMerge {
  const base = withPlace(structuredClone(mispaIII), A, 'Washington');
  const local = withPlace(base, A, 'Quito');
  const localWithoutB = { ...local, meetings: local.meetings.filter((m) => m.id !== B), agendaItems: local.agendaItems.filter((i) => i.meetingId !== B) };
  const remote = withPlace(withPlace(base, A, 'Lima'), B, 'Bogotá');
  const merge = mergePlans(base, localWithoutB, remote);
  return { planId: base.plan.id, conflicts: merge.conflicts, base, local: localWithoutB, remote, merge, localSeq: 0, remoteFile: { text: '' } };
}

describe('ConflictChoices', () => {
  it('shows each conflict with both sides, refuses to go on without a choice, and passes the choices made', async () => {
    const given = pending();
    expect(given.conflicts.map((c) => c.kind)).toEqual(['field', 'deleted']);
    const onsettle = vi.fn<(choices: Map<string, MergeSide>) => void>();
    const onlater = vi.fn();
    render(ConflictChoices, { pending: given, busy: false, onsettle, onlater });
    expect(screen.getByRole('heading', { name: '2 choix à faire avant de publier' })).toBeTruthy();
    const place = screen.getByRole('group', { name: /— Lieu$/ });
    expect(place.textContent).toContain('Avant : Washington');
    const mine = screen.getByRole('radio', { name: 'Votre version : Quito' });
    expect(screen.getByRole('radio', { name: 'Dans le dossier partagé : Lima' })).toBeTruthy();
    expect(screen.getByText('Vous l’avez supprimé ; dans le dossier partagé, il a été modifié.')).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Fusionner et publier' }));
    expect(screen.getByRole('alert').textContent).toBe('Faites un choix pour chaque élément avant de publier.');
    expect(onsettle).not.toHaveBeenCalled();

    await fireEvent.click(mine);
    await fireEvent.click(screen.getByRole('radio', { name: 'Le garder' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Fusionner et publier' }));
    expect(onsettle).toHaveBeenCalledOnce();
    const choices = onsettle.mock.calls[0]![0];
    const merged = given.merge.resolve(choices);
    expect(merged.meetings.find((m) => m.id === A)?.place?.text).toBe('Quito');
    // Kept: the meeting as the folder has it, changed there.
    expect(merged.meetings.find((m) => m.id === B)?.place?.text).toBe('Bogotá');

    await fireEvent.click(screen.getByRole('button', { name: 'Plus tard' }));
    expect(onlater).toHaveBeenCalledOnce();
  });

  it('deletes the meeting when asked to', async () => {
    const given = pending();
    const onsettle = vi.fn<(choices: Map<string, MergeSide>) => void>();
    render(ConflictChoices, { pending: given, busy: false, onsettle, onlater: () => {} });
    await fireEvent.click(screen.getByRole('radio', { name: 'Dans le dossier partagé : Lima' }));
    await fireEvent.click(screen.getByRole('radio', { name: 'Le supprimer' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Fusionner et publier' }));
    const merged = given.merge.resolve(onsettle.mock.calls[0]![0]);
    expect(merged.meetings.find((m) => m.id === A)?.place?.text).toBe('Lima');
    expect(merged.meetings.some((m) => m.id === B)).toBe(false);
    expect(merged.agendaItems.some((i) => i.meetingId === B)).toBe(false);
  });
});
