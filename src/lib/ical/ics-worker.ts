/*
 * The module Web Worker that reads an .ics file into its target plan (ics-off-thread.ts starts
 * it). ical.js and the merge are in this chunk only: the plan-file worker (read-worker.ts)
 * never carries them, and the page never loads them. It takes the target plan's records in
 * parts, then the file; it answers with progress messages, the merged plan's records in parts
 * (file-parts.ts), then the IcsReadResult.
 */
import { joinPart, splitFile, type FilePart } from '../plan-files/file-parts.ts';
import type { PlanFile } from '../plan-files/format.ts';
import { readIcsFile } from './ics-import.ts';
import type { IcsReply, IcsRequest } from './ics-off-thread.ts';

type Scope = { onmessage: ((event: MessageEvent<IcsRequest>) => void | Promise<void>) | null; postMessage(message: IcsReply): void };
const scope = self as unknown as Scope;
const received: FilePart[] = [];

scope.onmessage = async ({ data }) => {
  if ('part' in data) return void received.push(data.part);
  const { input, target, now } = data.read;
  for (const part of received.splice(0)) joinPart(target, part);
  const result = await readIcsFile(input, target.plans[0]!.bundle, new Date(now), (progress) => scope.postMessage({ progress }));
  if (!result.ok) return scope.postMessage({ result });
  const { skeleton, parts } = splitFile<PlanFile>(result.file);
  for (const part of parts) scope.postMessage({ part });
  scope.postMessage({ result: { ...result, file: skeleton } });
};
