/*
 * `t` for screens loaded on demand: it knows the first screen's strings and the others
 * (fr-more.ts and its translations), which load with those screens or with the language
 * instead of with the first screen. Their count messages agree with the number (plural.ts).
 */
import { frMore } from './fr-more.ts';
import { activeMore, fillLocal, locale, t as tCore, type MessageKey } from './index.ts';
import { pluralForms } from './plural.ts';

export { locale } from './index.ts';

export type MoreOnlyKey = keyof typeof frMore;
export type MoreMessageKey = MessageKey | MoreOnlyKey;

export function t(key: MoreMessageKey, params: Record<string, string | number> = {}): string {
  const more: Record<string, string> = activeMore() ?? frMore;
  if (key in frMore) return fillLocal(pluralForms(more[key] ?? '', params, locale), params);
  return tCore(key as MessageKey, params);
}
