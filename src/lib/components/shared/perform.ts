/*
 * Runs a command for the interface: on success a short confirmation with "undo", on failure
 * the reason in the user's language (the command wrote nothing). Returns whether it worked.
 * `planId` is the plan undo applies to; an empty one offers no undo (a new plan is deleted instead).
 * A RecordChangedError is not a failure to report but a conflict the form shows: it is rethrown.
 * After a change, the browser is asked once per device to keep the data (pwa/storage.ts, loaded
 * only then so it costs the first screen nothing).
 */
import { feedback } from '../../state/feedback.svelte.ts';
import { commandFailure } from '../../i18n/errors.ts';

export async function perform(planId: string, work: () => Promise<unknown>, done: string): Promise<boolean> {
  try {
    await work();
    feedback.show(done, 'ok', planId);
    void import('../../pwa/storage.ts').then((storage) => storage.askPersistenceOnce()).catch(() => undefined);
    return true;
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name === 'RecordChangedError') throw error;
    feedback.show(commandFailure(error), 'bad');
    return false;
  }
}
