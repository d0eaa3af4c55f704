/*
 * A plan's shared WebDAV folder as the interface runs it (components/publishing/SharedFolder):
 * its connection and the changes waiting to publish, re-read when either changes (in this tab
 * or another), and the named actions: connect, publish, settle a merge's conflicts, disconnect.
 * Publishing signs the plan file as the Publish panel does (state/publishing.ts). A publish
 * that cannot reach the server waits (`queued`) and goes out when the device is back online
 * (state/shared-outbox.ts). The shared-folder chunk (the WebDAV client, the merge, the site
 * builder) loads on first use.
 */
import { changesWaiting, disconnectShared, sharedOf, updateShared } from '../db/commands/shared-commands.ts';
import type { MergeSide } from '../domain/plan-merge.ts';
import { sharedKey, type SharedConnection } from '../domain/shared-folder.ts';
import type { Id } from '../domain/types.ts';
import type { ConnectOutcome, PendingMerge, SharedOutcome } from '../shared-folder/index.ts';
import { database } from './database.ts';
import { live } from './live.svelte.ts';
import { signerNamed } from './publishing.ts';

const APP = 'Quorum';

let chunk: Promise<typeof import('../shared-folder/index.ts')> | undefined;

export function loadSharedFolder() {
  chunk ??= import('../shared-folder/index.ts');
  return chunk;
}

export class SharedFolderState {
  readonly #live;

  /** Must be made while a component initialises. */
  constructor(planId: () => Id | undefined) {
    this.#live = live(() => {
      const id = planId();
      return async (reads, db): Promise<{ connection?: SharedConnection; waiting: number } | undefined> => {
        if (!id) return undefined;
        reads.keys(db.meta, '', [sharedKey(id)]);
        reads.keys(db.history, 'planId', [id]);
        const [connection, waiting] = await Promise.all([sharedOf(db, id), changesWaiting(db, id)]);
        return { ...(connection ? { connection } : {}), waiting };
      };
    });
  }

  get connection(): SharedConnection | undefined {
    return this.#live.value?.connection;
  }

  /** Changes made here since the plan was last published to the folder (or read from it). */
  get waiting(): number {
    return this.#live.value?.waiting ?? 0;
  }
}

export async function connectFolder(planId: Id, address: string): Promise<ConnectOutcome> {
  const [{ db }, shared] = await Promise.all([database(), loadSharedFolder()]);
  return shared.connectShared(db, planId, address, location.href, new shared.WebDav(), shared.pagePolicy());
}

export type PublishAs = { publisher: string; appBaseUrl: string };

async function options(as: PublishAs) {
  const shared = await loadSharedFolder();
  return { webdav: new shared.WebDav(), app: APP, appBaseUrl: as.appBaseUrl, signer: await signerNamed(as.publisher) };
}

/** Publishes `planId` to its folder, as `as` (kept on the connection for a publish that waits for the network). */
export async function publishToShared(planId: Id, as: PublishAs): Promise<SharedOutcome> {
  const [{ db }, shared] = await Promise.all([database(), loadSharedFolder()]);
  await updateShared(db, planId, (c) => ({ ...c, publisher: as.publisher, appBaseUrl: as.appBaseUrl }));
  return shared.publishShared(db, planId, await options(as));
}

export async function settleShared(pending: PendingMerge, choices: ReadonlyMap<string, MergeSide>, as: PublishAs): Promise<SharedOutcome> {
  const [{ db }, shared] = await Promise.all([database(), loadSharedFolder()]);
  return shared.settleConflicts(db, pending, choices, await options(as));
}

export async function disconnectFolder(planId: Id): Promise<void> {
  await disconnectShared((await database()).db, planId);
}
