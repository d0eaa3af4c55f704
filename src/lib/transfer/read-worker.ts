/*
 * The module Web Worker that reads and checks a plan file (read-off-thread.ts starts it):
 * parsing and validating the largest files takes seconds on a slow phone, which here never
 * blocks the page. It answers one message, a Blob or a text, with progress messages and then
 * the ReadResult.
 */
import { readPlanFile } from './read-file.ts';

type Scope = { onmessage: ((event: MessageEvent<Blob | string>) => void) | null; postMessage(message: unknown): void };
const scope = self as unknown as Scope;

scope.onmessage = async (event) => {
  const result = await readPlanFile(event.data, (progress) => scope.postMessage({ progress }));
  scope.postMessage({ result });
};
