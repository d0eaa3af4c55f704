/*
 * Deadlines: the day by which a mandate is due (optional; the source plan sets none). The next
 * deadline is the earliest one still to come among the mandates not yet done or dropped.
 */
import type { IsoDate, Mandate } from './types.ts';

const CLOSED: readonly Mandate['status'][] = ['done', 'dropped'];

/** The open mandate due soonest on or after `today`, or undefined when none has a due date to come. */
export function nextDeadline(mandates: readonly Mandate[], today: IsoDate): Mandate | undefined {
  return mandates
    .filter((m) => m.dueDate !== undefined && m.dueDate >= today && !CLOSED.includes(m.status))
    .sort((a, b) => a.dueDate!.localeCompare(b.dueDate!) || a.order - b.order)[0];
}
