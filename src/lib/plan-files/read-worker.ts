/*
 * The module Web Worker that reads and checks a plan file (read-off-thread.ts starts it):
 * parsing and validating the largest files takes seconds on a slow phone, which here never
 * blocks the page. It answers one message, a Blob or a text, with progress messages, then the
 * records of a good file in parts (file-parts.ts), then the ReadResult.
 */
import { splitFile } from './file-parts.ts';
import { readPlanFile } from './read-file.ts';

type Scope = { onmessage: ((event: MessageEvent<Blob | string>) => void | Promise<void>) | null; postMessage(message: unknown): void };
const scope = self as unknown as Scope;

scope.onmessage = async (event) => {
  const result = await readPlanFile(event.data, (progress) => scope.postMessage({ progress }));
  if (!result.ok) return scope.postMessage({ result });
  const { skeleton, parts } = splitFile(result.file);
  for (const part of parts) scope.postMessage({ part });
  scope.postMessage({ result: { ok: true, file: skeleton } });
};
