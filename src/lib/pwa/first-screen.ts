/*
 * Work the first screen does not need (the service worker's precache download, the code of
 * other screens) must not compete with it for a slow network or CPU: it waits until the shell
 * says the first screen shows its data (markFirstScreenShown), then for the next frame and an
 * idle moment. A fallback timer runs it anyway, so that a screen that never signals (a start-up
 * failure not foreseen) still gets its worker.
 */
let shown: () => void = () => {};
const firstScreen = new Promise<void>((resolve) => (shown = resolve));

/** Called by the shell once the first screen is in the page with its data (or an error in its place). */
export function markFirstScreenShown(): void {
  shown();
}

type Idle = (run: () => void) => void;
const whenIdle: Idle = (run) => (typeof requestIdleCallback === 'function' ? void requestIdleCallback(run, { timeout: 2000 }) : void setTimeout(run, 200));
const nextFrame: Idle = (run) => (typeof requestAnimationFrame === 'function' ? void requestAnimationFrame(run) : void setTimeout(run, 16));

/** Runs `task` once the first screen is shown and painted (start-up's database work: it must not wait for idle time). */
export function afterFirstPaint(task: () => void): void {
  void firstScreen.then(() => nextFrame(() => setTimeout(task, 0)));
}

/** Runs `task` once, after the first screen is shown and painted and the page is idle (or after `fallbackMs` at the latest). */
export function afterFirstScreen(task: () => void, fallbackMs = 15_000): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  void firstScreen.then(() => nextFrame(() => whenIdle(run)));
  setTimeout(run, fallbackMs);
}
