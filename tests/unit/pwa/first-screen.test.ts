/*
 * Work held back until the first screen is shown (src/lib/pwa/first-screen.ts): nothing runs
 * before the shell says so, then it runs once after a frame and an idle moment; a fallback
 * timer runs it if no signal ever comes. Each test loads a fresh copy of the module (its
 * signal is once per page).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type FirstScreen = typeof import('../../../src/lib/pwa/first-screen.ts');
const fresh = async (): Promise<FirstScreen> => {
  vi.resetModules();
  return import('../../../src/lib/pwa/first-screen.ts');
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterFirstScreen', () => {
  it('waits for the first screen, then a frame and an idle moment, and runs the task once', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 16));
    const { afterFirstScreen, markFirstScreenShown } = await fresh();
    const task = vi.fn();
    afterFirstScreen(task);
    await vi.advanceTimersByTimeAsync(5000);
    expect(task).not.toHaveBeenCalled();
    expect(idle).toHaveLength(0);

    markFirstScreenShown();
    await vi.advanceTimersByTimeAsync(16);
    expect(idle).toHaveLength(1);
    expect(task).not.toHaveBeenCalled();
    idle[0]!();
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(20_000); // the fallback timer does not run it again
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs tasks asked for after the first screen was shown too', async () => {
    const { afterFirstScreen, markFirstScreenShown } = await fresh();
    markFirstScreenShown();
    const task = vi.fn();
    afterFirstScreen(task);
    await vi.advanceTimersByTimeAsync(2500);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs the task after the fallback time when the first screen never says it is shown', async () => {
    const { afterFirstScreen } = await fresh();
    const task = vi.fn();
    afterFirstScreen(task, 3000);
    await vi.advanceTimersByTimeAsync(2999);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
