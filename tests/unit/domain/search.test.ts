import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { buildSearchIndex, markSegments, markedExcerpt, normalize, search, type SearchHit, type SearchResults } from '../../../src/lib/domain/search.ts';
import { foldWithMap } from '../../../src/lib/domain/search-text.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { fr, makeAgendaItem, makeDocumentRef, makeMeeting, makePlan, makeSection } from '../factories.ts';

function bundleOf(parts: Partial<PlanBundle>): PlanBundle {
  return { plan: makePlan(), sections: [], resolutions: [], mandates: [], meetings: [], agendaItems: [], documents: [], milestones: [], ...parts };
}

const hits = (results: SearchResults): SearchHit[] => results.groups.flatMap((g) => g.hits);
const marked = (hit: SearchHit): string[] => hit.ranges.map((r) => hit.entry.text.slice(r.start, r.end));
const seedIndex = buildSearchIndex(mispaIII);

describe('normalize', () => {
  it('folds accents, case, ligatures, apostrophes and punctuation, consistently with the mapped form', () => {
    expect(normalize('Sécurité PUBLIQUE')).toBe('securite publique');
    expect(normalize('AG/RES. 2692 (XLI-O/11)')).toBe('ag res 2692 xli o 11');
    expect(normalize("  l’Assemblée, l'OEA  ")).toBe('l assemblee l oea');
    expect(normalize('Mise en œuvre — Straße')).toBe('mise en oeuvre strasse');
    for (const text of ['İstanbul ÅNGSTRÖM', 'ﬁn ǅ Ω', ...mispaIII.sections.flatMap((s) => s.paragraphs.map((p) => p.text.text))]) {
      expect(foldWithMap(text).folded).toBe(normalize(text));
    }
  });

  it('maps every folded character back to the original one it comes from', () => {
    const text = 'É’té';
    const { folded, starts, ends } = foldWithMap(text.normalize('NFD'));
    expect(folded).toBe('e te');
    expect(starts.length).toBe(folded.length);
    expect(ends.at(-1)).toBe(text.normalize('NFD').length);
  });
});

describe('search', () => {
  it('finds “sécurité” in the seed when typed “securite”, grouped by kind', () => {
    const results = search(seedIndex, 'securite');
    expect(results.total).toBeGreaterThan(10);
    const kinds = results.groups.map((g) => g.kind);
    expect(kinds).toContain('paragraph');
    expect(kinds).toContain('mandate');
    for (const hit of hits(results)) expect(marked(hit).every((m) => m.toLowerCase() === 'sécurité')).toBe(true);
    expect(search(seedIndex, 'SÉCURITÉ').total).toBe(results.total);
  });

  it('finds a document symbol typed loosely: the document and the section II paragraph', () => {
    const results = search(seedIndex, 'ag/res 2692');
    const documents = results.groups.find((g) => g.kind === 'document')!;
    expect(documents.hits.map((h) => h.entry.text).filter((text) => text.startsWith('AG/RES. 2692 (XLI-O/11) — Suivi'))).toHaveLength(1);
    const paragraph = results.groups.find((g) => g.kind === 'paragraph')!.hits.find((h) => h.entry.text.startsWith('Par sa résolution AG/RES. 2692'));
    expect(paragraph?.entry.target).toEqual({ screen: 'plan', anchor: paragraph?.entry.id });
    expect(marked(paragraph!)).toEqual(['AG/RES. 2692']);
    expect(documents.hits).toHaveLength(1); // AG/RES. 2629 has "ag" and "res" but not "2692"
    expect(marked(documents.hits[0]!)).toEqual(['AG/RES. 2692']);
  });

  it('finds a meeting by its notes, the meeting named beside them', () => {
    const meeting = makeMeeting({ id: 'm1', title: fr('Consultations'), notes: fr('Interprétation en portugais assurée') });
    const found = hits(search(buildSearchIndex(bundleOf({ meetings: [meeting] })), 'portugais'));
    expect(found.map((h) => [h.entry.kind, h.entry.id, h.entry.context])).toEqual([['meeting', 'm1', 'Consultations']]);
  });

  it('needs every word (AND), in any order', () => {
    const both = search(seedIndex, 'port spain securite');
    expect(both.total).toBeGreaterThan(0);
    for (const hit of hits(both)) {
      for (const w of ['port', 'spain', 'securite']) expect(hit.entry.normalized).toContain(w);
    }
    expect(search(seedIndex, 'securite zzzqqq').total).toBe(0);
    expect(search(seedIndex, '  ’/.  ').groups).toEqual([]);
  });

  it('lands highlight ranges exactly on the original text, accents, apostrophes and decomposed letters included', () => {
    const decomposed = 'La société d’État'.normalize('NFD');
    const index = buildSearchIndex(
      bundleOf({
        sections: [makeSection({ heading: fr('Sécurité et l’Assemblée'), paragraphs: [{ id: 'p1', text: fr(decomposed) }] })],
      }),
    );
    const heading = hits(search(index, "SECURITE l'assemblee")).find((h) => h.entry.kind === 'section')!;
    expect(marked(heading)).toEqual(['Sécurité', 'l’Assemblée']);
    const para = hits(search(index, 'd etat'))[0]!;
    expect(marked(para)).toEqual(['d’État'.normalize('NFD')]);
    expect(
      markSegments(para.entry.text, para.ranges)
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(['d’État'.normalize('NFD')]);
  });

  it('ranks word-start matches before matches inside a word', () => {
    const index = buildSearchIndex(
      bundleOf({
        documents: [makeDocumentRef({ id: 'd1', symbol: 'XCP/RES. 1' }), makeDocumentRef({ id: 'd2', symbol: 'CP/RES. 2' })],
      }),
    );
    expect(hits(search(index, 'cp')).map((h) => h.entry.id)).toEqual(['d2', 'd1']);
  });

  it('finds outcomes and agenda items, opening their meeting at the item', () => {
    const index = buildSearchIndex(
      bundleOf({
        meetings: [makeMeeting({ id: 'm1', title: fr('Réunion préparatoire') })],
        agendaItems: [
          makeAgendaItem({
            id: 'i1',
            meetingId: 'm1',
            text: fr('Budget'),
            outcome: { kind: 'decided', note: fr('Approuvé à l’unanimité'), recordedAt: '2011-09-15T12:00:00.000Z' },
          }),
        ],
      }),
    );
    const outcome = search(index, 'unanimite').groups;
    expect(outcome.map((g) => g.kind)).toEqual(['outcome']);
    expect(outcome[0]!.hits[0]!.entry.target).toEqual({ screen: 'meeting', id: 'm1', anchor: 'i1' });
    expect(outcome[0]!.hits[0]!.entry.context).toBe('Budget');
    expect(hits(search(index, 'budget'))[0]!.entry.context).toBe('Réunion préparatoire');
  });

  it('respects the limit but still counts every match', () => {
    const items = Array.from({ length: 300 }, (_, i) => makeAgendaItem({ id: `i${i}`, text: fr(`Point ${i} sur la sécurité`) }));
    const index = buildSearchIndex(bundleOf({ meetings: [makeMeeting()], agendaItems: items }));
    const results = search(index, 'securite', 25);
    expect(results.total).toBe(300);
    expect(results.groups[0]!.total).toBe(300);
    expect(hits(results)).toHaveLength(25);
    expect(hits(search(index, 'securite'))).toHaveLength(100);
  });

  it('cuts long texts to a marked excerpt around the first match', () => {
    const text = `${'avant '.repeat(100)}sécurité${' après'.repeat(100)}`;
    const segments = markedExcerpt(text, [{ start: 600, end: 608 }], 100);
    expect(segments[0]!.text).toBe('…');
    expect(segments.at(-1)!.text).toBe('…');
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['sécurité']);
    expect(segments.map((s) => s.text).join('').length).toBeLessThan(110);
  });
});
