/*
 * "Undo the last change" for a plan, as the interface offers it (feedback bar, changes
 * screen), and what happened. The feedback bar (first screen) loads this module, with the
 * commands and the words for a failure, on the first tap on "undo".
 */
import { feedback } from '../../state/feedback.svelte.ts';
import { t, withMessages } from '../../i18n/index.ts';
import { commands } from '../../state/commands.ts';

export async function undoLastChange(planId: string): Promise<void> {
  try {
    const undone = await commands.undoLast(planId);
    feedback.show(undone ? t('form.undone') : t('form.nothingToUndo'));
  } catch (error) {
    // The feedback bar (first screen) offers undo: the words for a failure load only when one happens.
    const { commandFailure } = await withMessages(['notices'], () => import('../../i18n/errors.ts'))();
    feedback.show(commandFailure(error), 'bad');
  }
}
