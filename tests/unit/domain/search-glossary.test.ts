import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { buildSearchIndex, search } from '../../../src/lib/domain/search.ts';

describe('search: glossary terms', () => {
  it('finds a glossary term given to the index, opening its glossary entry', () => {
    const index = buildSearchIndex(mispaIII, {}, [{ id: 'csh', text: 'CSH — Commission sur la sécurité continentale' }]);
    const results = search(index, 'csh');
    const term = results.groups.find((g) => g.kind === 'term');
    expect(term?.hits.map((h) => h.entry.target)).toEqual([{ screen: 'glossary', anchor: 'csh' }]);
    expect(results.total).toBe(1);
  });

  it('has no glossary group without terms', () => {
    expect(search(buildSearchIndex(mispaIII), 'continentale').groups.map((g) => g.kind)).not.toContain('term');
  });
});
