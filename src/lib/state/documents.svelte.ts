/*
 * The documents' texts as the screens show them (domain/document-files.ts): which files this
 * device holds and their sizes (a live query over `documentFiles`, re-run only when one of the
 * files it names is stored or removed), and "Keep the documents
 * offline" for a followed plan (documents/keep-offline.ts) with its progress, one download per
 * plan at a time. Writes go through the commands.
 */
import { SvelteMap } from 'svelte/reactivity';
import { documentsOnDevice } from '../db/commands/document-file-commands.ts';
import type { Id } from '../domain/types.ts';
import { documentsNeed, keepDocuments, type DocumentsNeed, type KeepOutcome, type Progress } from '../documents/keep-offline.ts';
import { roomFor } from '../documents/room.ts';
import { commands } from './commands.ts';
import { database } from './database.ts';
import { live } from './live.svelte.ts';

export class DocumentsHere {
  readonly #live;

  /** Must be made while a component initialises. */
  constructor(hashes: () => readonly string[]) {
    this.#live = live(() => {
      const list = hashes();
      return async (reads, db) => {
        reads.keys(db.documentFiles, '', list);
        return documentsOnDevice(db, list);
      };
    });
  }

  /** The bytes each held file takes, by hash (undefined until read). */
  get sizes(): ReadonlyMap<string, number> | undefined {
    return this.#live.value;
  }
}

export type Download = { progress?: Progress; outcome?: KeepOutcome; running: boolean };

/** The download under way or last finished, by plan. */
export const downloads = new SvelteMap<Id, Download>();

/** What keeping the plan's documents offline would download, and the space the device has for it. */
export async function whatToKeep(planId: Id): Promise<{ need: DocumentsNeed; free?: number }> {
  const { db } = await database();
  const need = await documentsNeed(db, planId);
  const room = await roomFor(0);
  return { need, ...(room.ok && room.free !== undefined ? { free: room.free } : {}) };
}

/** The download under way (or the last one asked for), by plan: the check after an update and the documents screen may both ask. */
// Not state: no screen reads it (they read `downloads`).
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const underWay = new Map<Id, Promise<KeepOutcome>>();

/**
 * Fetches what the plan's documents name and this device lacks; `planFileUrl`: where the plan is
 * followed. One at a time per plan: a call while one runs starts once it ends (the plan may have
 * changed since it read it), and then fetches only what is still missing.
 */
export function keepOffline(planId: Id, planFileUrl: string): Promise<KeepOutcome> {
  const previous = underWay.get(planId);
  const run = previous ? previous.then(noop, noop).then(() => download(planId, planFileUrl)) : download(planId, planFileUrl);
  underWay.set(planId, run);
  run.then(
    () => underWay.get(planId) === run && underWay.delete(planId),
    () => underWay.get(planId) === run && underWay.delete(planId),
  );
  return run;
}

const noop = () => undefined;

async function download(planId: Id, planFileUrl: string): Promise<KeepOutcome> {
  downloads.set(planId, { running: true });
  let shown = 0;
  let files = -1;
  try {
    const { db } = await database();
    const outcome = await keepDocuments(db, planId, planFileUrl, {
      onProgress: (progress) => {
        // Bytes at most ten times a second; each file done, always.
        const now = performance.now();
        if (now - shown < 100 && progress.done === files) return;
        shown = now;
        files = progress.done;
        downloads.set(planId, { running: true, progress });
      },
    });
    const progress = downloads.get(planId)?.progress;
    downloads.set(planId, { running: false, outcome, ...(progress ? { progress } : {}) });
    return outcome;
  } catch (error) {
    downloads.set(planId, { running: false });
    throw error;
  }
}

/** Removes the held files of the plan's documents that were kept for it; the bytes freed. */
export async function stopKeeping(planId: Id, hashes: readonly string[]): Promise<number> {
  await commands.setKeepDocuments(planId, false);
  return commands.removeDocumentFiles(hashes);
}
