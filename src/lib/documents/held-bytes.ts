/* The bytes of a document's file held on this device, for a published site (publishing/build-site.ts). */
import { documentBytes } from '../db/commands/document-file-commands.ts';
import type { QuorumDatabase } from '../db/database.ts';

export async function heldBytes(db: QuorumDatabase, hash: string): Promise<Uint8Array | undefined> {
  const row = await documentBytes(db, hash);
  return row ? new Uint8Array(await row.blob.arrayBuffer()) : undefined;
}
