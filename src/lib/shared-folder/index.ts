/* The shared-folder chunk, loaded when the shared folder panel is first shown (state/shared-folder.svelte.ts): the WebDAV client, the merge and the site builder with it. */
export { connectShared, folderAddress, type ConnectOutcome } from './connect.ts';
export { publishShared, settleConflicts, type PendingMerge, type SharedOutcome } from './publish-shared.ts';
export { WebDav } from './webdav.ts';
export { pagePolicy } from './allowed-origin.ts';
