/*
 * `t` for screens loaded on demand: it knows the first screen's strings and the others
 * (fr-more.ts), which load with those screens instead of with the first screen.
 */
import { fill } from './fill.ts';
import { fr } from './fr.ts';
import { frMore } from './fr-more.ts';

export { locale } from './index.ts';

const messages = { ...fr, ...frMore };
export type MoreMessageKey = keyof typeof messages;

export function t(key: MoreMessageKey, params: Record<string, string | number> = {}): string {
  return fill(messages[key], params);
}
