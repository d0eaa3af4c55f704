/*
 * readIcsFile in a module Web Worker of its own (ics-worker.ts, its own chunk, precached like
 * the rest): reading, scanning, parsing (ical.js), merging into the plan and checking a large
 * calendar never hold the page, and neither the page nor the plan-file worker ever loads
 * ical.js. The target plan goes to the worker, and the merged plan comes back, in parts of
 * 1,000 records (file-parts.ts), each its own task on the page. Where there is no Worker
 * (unit tests in jsdom, an old browser) or it cannot start, the same reading runs here.
 * A worker that stays silent for ICS_SILENCE_MS is stopped, and the file refused as too slow.
 */
import type { PlanBundle } from '../domain/types.ts';
import { joinPart, splitFile, type FilePart } from '../plan-files/file-parts.ts';
import type { PlanFileEntry } from '../plan-files/format.ts';
import type { IcsReadResult } from './ics-import.ts';
import { problem } from '../plan-files/problems.ts';
import { nextTask, type OnProgress, type Progress } from '../plan-files/progress.ts';

/**
 * Longest silence of the worker before it is taken as stuck and stopped. Between two of its
 * messages lie at most 500 events parsed (EVENTS_PER_REPORT, ics-events.ts), 1,000 records
 * sent, the merge, or the final checks of the plan (readIcsFile reports between the two):
 * the longest, for 20,000 events (11.7 MB) into the large plan, measured 3.1 s on a loaded
 * laptop, so about 30 s on a phone ten times slower; a minute leaves it room twice over.
 * A loop that never ends is then stopped after a minute of a bar that does not move.
 */
export const ICS_SILENCE_MS = 60_000;

/** Page to worker: the target plan's records in parts, then the file to read with the plan emptied of them. */
export type IcsRequest = { part: FilePart } | { read: { input: Blob | string; target: { plans: PlanFileEntry[] }; now: string } };
/** Worker to page: progress, the merged plan's records in parts, then the result with its file emptied of them. */
export type IcsReply = { progress: Progress } | { part: FilePart } | { result: IcsReadResult };

/** Reads `input` as events for plan `target` off the main thread when possible; writes nothing. */
export function readIcsFileOffThread(input: Blob | string, target: PlanBundle, now: Date, onProgress?: OnProgress): Promise<IcsReadResult> {
  const onPage = () => readOnPage(input, target, now, onProgress);
  if (typeof Worker === 'undefined') return onPage();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./ics-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onPage();
  }
  return new Promise((resolve) => {
    const parts: FilePart[] = [];
    let heard = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: IcsReadResult | Promise<IcsReadResult>) => {
      clearTimeout(watchdog);
      worker.terminate();
      resolve(result);
    };
    // Stuck, not slow: the worker reports progress every few hundred events and sends parts
    // of 1,000 records, so a silence this long means a loop that never ends (a rule ical.js
    // expands for ever that the checks did not foresee). Reading on the page would hang it.
    const rearm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => finish({ ok: false, problems: [problem('', 'file.ics.tooSlow')] }), ICS_SILENCE_MS);
    };
    worker.onmessage = ({ data }: MessageEvent<IcsReply>) => {
      heard = true;
      rearm();
      if ('progress' in data) return onProgress?.(data.progress);
      if ('part' in data) return void parts.push(data.part);
      if (data.result.ok) for (const part of parts) joinPart(data.result.file, part);
      finish(data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // Silent so far: the worker could not start, so read here. Once it has answered, it failed
      // while reading (memory): reading here would fail too, and hold the page meanwhile.
      finish(heard ? { ok: false, problems: [problem('', 'file.readFailed')] } : onPage());
    };
    rearm();
    void send(worker, input, target, now);
  });
}

async function send(worker: Worker, input: Blob | string, target: PlanBundle, now: Date): Promise<void> {
  const { skeleton, parts } = splitFile({ plans: [{ bundle: target }] });
  for (const part of parts) {
    worker.postMessage({ part } satisfies IcsRequest);
    await nextTask();
  }
  worker.postMessage({ read: { input, target: skeleton, now: now.toISOString() } } satisfies IcsRequest);
}

async function readOnPage(input: Blob | string, target: PlanBundle, now: Date, onProgress?: OnProgress): Promise<IcsReadResult> {
  const { readIcsFile } = await import('./ics-import.ts');
  return readIcsFile(input, target, now, onProgress);
}
