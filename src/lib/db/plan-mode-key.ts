import type { Id } from '../domain/types.ts';

/** The `meta` key of a plan's organiser mode on this device (plan-mode.ts); apart, so migrations.ts can name it. */
export function planModeKey(planId: Id): string {
  return `mode:${planId}`;
}
