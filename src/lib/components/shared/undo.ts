/*
 * "Undo the last change" for a plan, as the interface offers it (feedback bar, changes
 * screen): loads the command on first use and says what happened.
 */
import { db } from '../../db/db.ts';
import { feedback } from '../../feedback.svelte.ts';
import { t, withMessages } from '../../i18n/index.ts';

export async function undoLastChange(planId: string): Promise<void> {
  try {
    const { undoLast } = await import('../../db/commands/undo-commands.ts');
    const undone = await undoLast(db, planId);
    feedback.show(undone ? t('form.undone') : t('form.nothingToUndo'));
  } catch (error) {
    // The feedback bar (first screen) offers undo: the words for a failure load only when one happens.
    const { commandFailure } = await withMessages(['notices'], () => import('../../i18n/errors.ts'))();
    feedback.show(commandFailure(error), 'bad');
  }
}
