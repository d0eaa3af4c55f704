/*
 * Interface strings and locale-aware formatting. French only for now; `t` looks keys up in
 * the active language's table and fills `{placeholders}`.
 */
import { fill } from './fill.ts';
import { fr, type MessageKey } from './fr.ts';

export type { MessageKey };
export const locale = 'fr';
const messages: Record<MessageKey, string> = fr;

/** The interface string for `key`, with `{name}` placeholders replaced from `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(messages[key], params);
}
