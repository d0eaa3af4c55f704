/*
 * The code the share screen asks for when it is shown (export, publishing, the shared folder),
 * awaited before a test ends: a module still loading once the test environment is torn down
 * is an unhandled error.
 */
import { loadTransfer } from '../../../src/lib/state/plan-files.ts';
import { loadPublishing } from '../../../src/lib/state/publishing.ts';
import { loadSharedFolder } from '../../../src/lib/state/shared-folder.svelte.ts';

export const shareScreenCode = () => Promise.all([loadTransfer(), loadPublishing(), loadSharedFolder()]);
