/*
 * readPlanFile in a module Web Worker (read-worker.ts, its own chunk, precached like the rest),
 * so the page stays responsive while a large file is parsed and checked. Where there is no
 * Worker (unit tests in jsdom, an old browser) or it cannot start, the same reading runs here.
 */
import { joinPart, type FilePart } from './file-parts.ts';
import type { OnProgress } from './progress.ts';
import { readPlanFile, type ReadResult } from './read-file.ts';

type WorkerMessage = { progress: Parameters<OnProgress>[0] } | { part: FilePart } | { result: ReadResult };

/** Reads and checks `file` off the main thread when possible; writes nothing. */
export function readPlanFileOffThread(file: Blob | string, onProgress?: OnProgress): Promise<ReadResult> {
  if (typeof Worker === 'undefined') return readPlanFile(file, onProgress);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(readPlanFile(file, onProgress));
      return;
    }
    const parts: FilePart[] = [];
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if ('progress' in event.data) return onProgress?.(event.data.progress);
      if ('part' in event.data) return void parts.push(event.data.part);
      worker.terminate();
      const { result } = event.data;
      if (result.ok) for (const part of parts) joinPart(result.file, part);
      resolve(result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(readPlanFile(file, onProgress));
    };
    worker.postMessage(file);
  });
}
