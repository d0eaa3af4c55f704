import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for workbox-window's Workbox that lets the test fire its lifecycle events.
const listeners = new Map<string, ((event: { isUpdate?: boolean }) => void)[]>();
const messageSkipWaiting = vi.fn();
// The worker that takes control of the page (Workbox's `controlling` promise), as a stand-in
// whose state the test moves on.
class FakeWorker extends EventTarget {
  state = 'activating';
  activate() {
    this.state = 'activated';
    this.dispatchEvent(new Event('statechange'));
  }
}
let takeControl: (worker: FakeWorker) => void = () => {};
vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener(type: string, fn: (event: { isUpdate?: boolean }) => void) {
      listeners.set(type, [...(listeners.get(type) ?? []), fn]);
    }
    messageSkipWaiting = messageSkipWaiting;
    register = vi.fn(async () => undefined);
    controlling = new Promise<FakeWorker>((resolve) => (takeControl = resolve));
  },
}));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

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
    const worker = new FakeWorker();
    worker.state = 'activated';
    takeControl(worker);
    await settle();
    expect(updateState.offlineReady).toBe(false);
    fire('installed', { isUpdate: false });
    await settle();
    expect(updateState.offlineReady).toBe(true);
  });

  it('says "ready offline" only once the worker is activated and controls this page', async () => {
    const { registerServiceWorker } = await import('../../../src/lib/pwa/register.ts');
    const { updateState } = await import('../../../src/lib/pwa/update-state.svelte.ts');
    await registerServiceWorker();
    fire('installed', { isUpdate: false });
    await settle();
    // Installed (precache complete) but not yet controlling: offline, this page would fail.
    expect(updateState.offlineReady).toBe(false);
    const worker = new FakeWorker();
    takeControl(worker);
    await settle();
    expect(updateState.offlineReady).toBe(false); // controlling, still activating
    worker.activate();
    await settle();
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
