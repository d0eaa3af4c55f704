import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import UpdatePrompt from '../../../src/lib/components/shared/UpdatePrompt.svelte';
import { updateState } from '../../../src/lib/pwa/update-state.svelte.ts';

afterEach(() => updateState.dismiss());

describe('UpdatePrompt', () => {
  it('shows nothing until the worker reports something', () => {
    render(UpdatePrompt);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('quietly says the app is ready offline, and can be closed', async () => {
    render(UpdatePrompt);
    updateState.markOfflineReady();
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('prête à fonctionner hors ligne');
    await fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('applies an update only when the user asks', async () => {
    const apply = vi.fn();
    render(UpdatePrompt);
    updateState.markUpdateAvailable(apply);
    await screen.findByRole('alert');
    expect(apply).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(apply).not.toHaveBeenCalled();
    updateState.markUpdateAvailable(apply);
    await fireEvent.click(await screen.findByRole('button', { name: 'Mettre à jour' }));
    expect(apply).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('UpdatePrompt, quiet notice', () => {
  it('goes away by itself after a few seconds', async () => {
    vi.useFakeTimers();
    try {
      render(UpdatePrompt);
      updateState.markOfflineReady();
      await vi.advanceTimersByTimeAsync(100);
      expect(screen.queryByRole('status')).not.toBeNull();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(screen.queryByRole('status')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('UpdatePrompt and unsaved input', () => {
  it('waits to offer an update while a form holds unsaved input', async () => {
    const { unsaved } = await import('../../../src/lib/forms/unsaved.svelte.ts');
    render(UpdatePrompt);
    unsaved.mark('meeting-form', true);
    updateState.markUpdateAvailable(() => {});
    await Promise.resolve();
    expect(screen.queryByRole('alert')).toBeNull();
    unsaved.mark('meeting-form', false);
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
