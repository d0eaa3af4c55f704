/*
 * How far a long plan-file task has got, for a progress bar: the step it is at and, where it
 * can be counted, how many of how many (bytes read, records written or written out). Large
 * plans take seconds on a slow phone; these let the interface say so instead of freezing.
 */
export type ProgressStep = 'reading' | 'checking' | 'comparing' | 'writing' | 'exporting';

/** What is counted when not bytes or records: the events of a calendar. */
export type ProgressUnit = 'events';

export type Progress = { step: ProgressStep; done?: number; total?: number; unit?: ProgressUnit };

export type OnProgress = (progress: Progress) => void;

/**
 * Records written per chunk: IndexedDB copies each value on the calling thread (about 0.15 ms
 * a record with its history entry on a slow phone), so 250 keep one chunk under 200 ms.
 */
export const CHUNK = 250;

/** Lets the browser render and handle input between two chunks of work done outside any transaction. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A counter that reports `step` as `done` grows to `total`. */
export function counter(step: ProgressStep, total: number, onProgress: OnProgress | undefined, unit?: ProgressUnit) {
  let done = 0;
  const report = () => onProgress?.(unit ? { step, done, total, unit } : { step, done, total });
  report();
  return (count: number) => {
    done += count;
    report();
  };
}
