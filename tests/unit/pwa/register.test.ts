import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for workbox-window's Workbox that lets the test fire its lifecycle events.
const listeners = new Map<string, ((event: { isUpdate?: boolean }) => void)[]>();
const messageSkipWaiting = vi.fn();
vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener(type: string, fn: (event: { isUpdate?: boolean }) => void) {
      listeners.set(type, [...(listeners.get(type) ?? []), fn]);
    }
    messageSkipWaiting = messageSkipWaiting;
    register = vi.fn(async () => undefined);
  },
}));

const fire = (type: string, event: { isUpdate?: boolean } = {}) => listeners.get(type)?.forEach((fn) => fn(event));

describe('registerServiceWorker', () => {
  beforeEach(() => {
    listeners.clear();
    messageSkipWaiting.mockClear();
    vi.resetModules();
    vi.stubEnv('DEV', false);
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
  });

  it('reports "ready offline" on first install only', async () => {
    const { registerServiceWorker } = await import('../../../src/lib/pwa/register.ts');
    const { updateState } = await import('../../../src/lib/pwa/update-state.svelte.ts');
    await registerServiceWorker();
    fire('installed', { isUpdate: true });
    expect(updateState.offlineReady).toBe(false);
    fire('installed', { isUpdate: false });
    expect(updateState.offlineReady).toBe(true);
  });

  it('waits for the user before activating a new version', async () => {
    const { registerServiceWorker } = await import('../../../src/lib/pwa/register.ts');
    const { updateState } = await import('../../../src/lib/pwa/update-state.svelte.ts');
    await registerServiceWorker();
    fire('waiting');
    expect(updateState.updateAvailable).toBe(true);
    expect(messageSkipWaiting).not.toHaveBeenCalled();
    updateState.applyUpdate();
    expect(messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(listeners.get('controlling')?.length).toBe(1);
  });
});
