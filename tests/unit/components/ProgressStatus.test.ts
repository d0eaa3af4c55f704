import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProgressStatus from '../../../src/lib/components/plan-files/ProgressStatus.svelte';

const MB = 1024 * 1024;

describe('ProgressStatus', () => {
  it('shows a labelled bar with the count of records written, and announces tens of percent', async () => {
    const view = render(ProgressStatus, { id: 'p', progress: { step: 'writing', done: 2_500, total: 27_001 } });
    const bar = screen.getByRole('progressbar', { name: 'Enregistrement' }) as HTMLProgressElement;
    expect(bar.max).toBe(27_001);
    expect(bar.value).toBe(2_500);
    expect(screen.getByText('2500 sur 27 001 enregistrements')).toBeTruthy();
    expect(screen.getByRole('status').textContent?.trim()).toBe('Enregistrement : 0 %');

    await view.rerender({ id: 'p', progress: { step: 'writing', done: 27_001, total: 27_001 } });
    expect(bar.value).toBe(27_001);
    expect(screen.getByRole('status').textContent?.trim()).toBe('Enregistrement : 100 %');
  });

  it('counts the bytes read in megabytes', () => {
    render(ProgressStatus, { id: 'p', progress: { step: 'reading', done: 3 * MB, total: 12.5 * MB } });
    expect(screen.getByText('3 Mo sur 12,5 Mo')).toBeTruthy();
    expect(screen.getByRole('status').textContent?.trim()).toBe('Lecture du fichier : 20 %');
  });

  it('counts the events of a calendar as events', () => {
    render(ProgressStatus, { id: 'p', progress: { step: 'checking', unit: 'events', done: 5_000, total: 12_000 } });
    expect(screen.getByText('5000 sur 12 000 événements')).toBeTruthy();
    expect(screen.getByRole('status').textContent?.trim()).toBe('Vérification du fichier : 40 %');
  });

  it('shows a bar without a value for a step it cannot count', () => {
    render(ProgressStatus, { id: 'p', progress: { step: 'checking' } });
    const bar = screen.getByRole('progressbar', { name: 'Vérification du fichier' });
    expect(bar.hasAttribute('value')).toBe(false);
    expect(screen.getByRole('status').textContent?.trim()).toBe('Vérification du fichier…');
  });

  it('takes the focus when the control that had it is gone, and leaves it alone otherwise', () => {
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    render(ProgressStatus, { id: 'kept', progress: { step: 'checking' } });
    expect(document.activeElement).toBe(button);
    button.remove();
    render(ProgressStatus, { id: 'taken', progress: { step: 'checking' } });
    expect(document.activeElement?.contains(document.getElementById('taken'))).toBe(true);
  });
});
