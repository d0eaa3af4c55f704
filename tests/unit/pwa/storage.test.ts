import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askPersistenceOnce, estimate, persist, persisted, PERSIST_ASKED_KEY } from '../../../src/lib/pwa/storage.ts';

/** A stand-in for navigator.storage: persisted until asked, then as `grant` says. */
function fakeStorage(options: { kept?: boolean; grant?: boolean; usage?: number; quota?: number } = {}) {
  let kept = options.kept ?? false;
  const storage = {
    persisted: vi.fn(async () => kept),
    persist: vi.fn(async () => (kept = options.grant ?? true)),
    estimate: vi.fn(async () => ({ usage: options.usage ?? 1_234_567, quota: options.quota ?? 2_000_000_000 })),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
});

describe('storage', () => {
  it('reads persistence and the estimate from navigator.storage', async () => {
    fakeStorage({ kept: true, usage: 10, quota: 100 });
    await expect(persisted()).resolves.toBe(true);
    await expect(estimate()).resolves.toEqual({ usage: 10, quota: 100 });
  });

  it('answers undefined, never throws, when the browser has no storage manager or it fails', async () => {
    await expect(persisted()).resolves.toBeUndefined();
    await expect(persist()).resolves.toBeUndefined();
    await expect(estimate()).resolves.toBeUndefined();
    await expect(askPersistenceOnce()).resolves.toBeUndefined();
    expect(localStorage.getItem(PERSIST_ASKED_KEY)).toBeNull();
    const storage = fakeStorage();
    storage.persisted.mockRejectedValue(new Error('no'));
    storage.estimate.mockRejectedValue(new Error('no'));
    await expect(persisted()).resolves.toBeUndefined();
    await expect(estimate()).resolves.toBeUndefined();
  });

  it('asks for persistence once per device, remembered in localStorage', async () => {
    const storage = fakeStorage({ grant: false });
    await expect(askPersistenceOnce()).resolves.toBe(false);
    await expect(askPersistenceOnce()).resolves.toBeUndefined();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(PERSIST_ASKED_KEY)).toBeTruthy();
  });

  it('does not ask when the storage is already persistent', async () => {
    const storage = fakeStorage({ kept: true });
    await expect(askPersistenceOnce()).resolves.toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('is asked after a command succeeds, not after one fails', async () => {
    const storage = fakeStorage();
    const { perform } = await import('../../../src/lib/components/shared/perform.ts');
    await perform('', () => Promise.reject(new Error('bad')), 'done');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(storage.persist).not.toHaveBeenCalled();
    await perform('', () => Promise.resolve(), 'done');
    await vi.waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
    await perform('', () => Promise.resolve(), 'done');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });
});
