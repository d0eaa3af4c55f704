/** The address that opens a search target (a search hit, a glossary citation) at its place. */
import type { SearchTarget } from '../../domain/search.ts';
import { href } from '../../routing/routes.ts';

export function targetLink(target: SearchTarget): string {
  if (target.screen === 'meeting') return href({ name: 'meeting', id: target.id });
  if (target.screen === 'timeline') return href({ name: 'timeline' });
  return href({ name: target.screen, anchor: target.anchor });
}
