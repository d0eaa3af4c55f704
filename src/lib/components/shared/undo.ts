/*
 * "Undo the last change" for a plan, as the interface offers it (feedback bar, changes
 * screen): loads the command on first use and says what happened.
 */
import { feedback } from '../../feedback.svelte.ts';
import { t } from '../../i18n/index.ts';

export async function undoLastChange(planId: string): Promise<void> {
  try {
    const { commands } = await import('../../state/commands.ts');
    const undone = await commands.undoLast(planId);
    feedback.show(undone ? t('form.undone') : t('form.nothingToUndo'));
  } catch (error) {
    // The feedback bar (first screen) offers undo: the words for a failure load only when one happens.
    const { commandFailure } = await import('../../i18n/errors.ts');
    feedback.show(commandFailure(error), 'bad');
  }
}
