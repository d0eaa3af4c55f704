/*
 * Switches a plan's mode for the interface, saying so in the feedback bar. Not through
 * perform.ts: it is the device's choice, not an edit of the plan (nothing to undo), and not a
 * change of data that asks the browser to keep it.
 */
import type { PlanMode } from '../../db/plan-mode.ts';
import type { Id } from '../../domain/types.ts';
import { commandFailure } from '../../i18n/errors.ts';
import { t } from '../../i18n/index.ts';
import { commands } from '../../state/commands.ts';
import { feedback } from '../../state/feedback.svelte.ts';

export async function switchPlanMode(planId: Id, mode: PlanMode): Promise<void> {
  try {
    await commands.setPlanMode(planId, mode);
    feedback.show(t(mode === 'organiser' ? 'mode.on' : 'mode.off'));
  } catch (error) {
    feedback.show(commandFailure(error), 'bad');
  }
}
