/*
 * Long work on the main thread, cut into slices of about 40 ms with a pause between them, so
 * that taps, scrolling and screen-reader announcements go on while a large .ics file is built
 * (issue #7: nothing may hold the main thread for more than 200 ms).
 *
 * Why slices and not a Web Worker: the export needs the plan's records, which would have to be
 * copied to the worker (the copy itself blocks the main thread, and Svelte's reactive proxies
 * cannot be cloned), the worker would need its own copy of ical-generator and the zone blocks
 * in the precache, and every test under jsdom would need a second, in-thread path. Once the
 * quadratic and per-character work was removed, the whole export takes a few hundred
 * milliseconds on a slow phone: slicing it costs a few pauses and keeps one code path.
 */

export type SliceOptions = {
  /** Longest run between two pauses, in ms. */
  sliceMs?: number;
  /** Lets the browser handle input and paint; the next task by default. */
  pause?: () => Promise<void>;
  /** Told at each pause what the steps last reported (e.g. how many meetings are done). */
  onProgress?: (done: number) => void;
  now?: () => number;
};

type Scheduler = { yield?: () => Promise<void> };

/** The next task: `scheduler.yield()` where the browser has it (resumes first), else a timeout. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `steps` to the end, pausing whenever a slice has lasted `sliceMs`; resolves to its result. */
export async function runInSlices<T>(steps: Generator<number, T, void>, options: SliceOptions = {}): Promise<T> {
  const { sliceMs = 40, pause = nextTask, onProgress, now = () => performance.now() } = options;
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= sliceMs) {
      onProgress?.(step.value);
      await pause();
      sliceStart = now();
    }
  }
}
