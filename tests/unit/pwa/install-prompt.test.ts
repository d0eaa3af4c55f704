import { describe, expect, it, vi } from 'vitest';
import { installPrompt, type InstallPromptEvent } from '../../../src/lib/pwa/install-prompt.svelte.ts';

/** The event Chromium sends when the app can be installed, its dialog answered with `outcome`. */
function offer(outcome: 'accepted' | 'dismissed'): InstallPromptEvent {
  return Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: vi.fn(() => Promise.resolve()),
    userChoice: Promise.resolve({ outcome }),
  });
}

describe('installPrompt', () => {
  it('keeps the browser’s offer instead of its banner, shows its dialog once, and knows when the app is installed', async () => {
    const page = new EventTarget();
    installPrompt.listen(page);
    const declined = offer('dismissed');
    page.dispatchEvent(declined);
    expect(declined.defaultPrevented).toBe(true);
    expect(installPrompt.event).toBe(declined);
    expect(await installPrompt.prompt()).toBe(false);
    expect(declined.prompt).toHaveBeenCalledOnce();
    expect(installPrompt.event).toBeUndefined(); // an offer is used once
    expect(await installPrompt.prompt()).toBe(false);

    const accepted = offer('accepted');
    page.dispatchEvent(accepted);
    expect(await installPrompt.prompt()).toBe(true);
    expect(installPrompt.installed).toBe(true);

    page.dispatchEvent(offer('accepted'));
    expect(installPrompt.event).toBeUndefined(); // installed: nothing more to offer
    page.dispatchEvent(new Event('appinstalled'));
    expect(installPrompt.installed).toBe(true);
  });
});
