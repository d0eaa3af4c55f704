/*
 * Where a plan uses each glossary term, worked out from the text of the plan as it now is
 * (edited or imported plans included), never from fixed positions. The plan is read in the
 * order a person reads it: each section (heading, paragraphs, signature, subsections, the
 * resolutions it presents with their mandates and responsible bodies), resolutions no section
 * presents, then meetings with their agenda items, then the milestones of the timeline.
 * For each term it also says whether the plan spells the acronym out ("… des Amériques
 * (MISPA-III)") or only uses a full name, so a screen can tell which expansions are not the plan's.
 */
import { findForms, findNames, spellsOut, termMatcher, type GlossaryTerm, type TermMatch, type TermMatcher } from './glossary-match.ts';
import type { SearchTarget } from './search.ts';
import { markedExcerpt, type MarkedSegment } from './search-text.ts';
import { splitBySymbols, splitByTerms } from './symbols.ts';
import type { CitationTarget, LocalizedText, PlanBundle, Resolution, Section } from './types.ts';

type GlossaryPlaceKind = 'section' | 'paragraph' | 'signature' | 'resolution' | 'mandate' | 'responsible' | 'meeting' | 'agendaItem' | 'milestone';

export type GlossaryPlace = {
  kind: GlossaryPlaceKind;
  /** The record whose text it is (a paragraph's, a mandate's...). */
  id: string;
  /** Where the place opens (the same targets as search results). */
  target: SearchTarget;
  /** The record a reader knows the place by (a paragraph by its section, an agenda item by its meeting). */
  within: CitationTarget;
  /** A short window of the text with the uses marked. */
  excerpt: MarkedSegment[];
};

export type TermUse = {
  termId: string;
  places: GlossaryPlace[];
  /** The acronym's forms the plan uses, as written, in order of first use. */
  formsUsed: string[];
  /** The full name as written where the plan spells the acronym out. */
  spelledOutAs?: string;
  /** A full name the plan uses (first one), whether or not it spells the acronym out. */
  namedAs?: string;
};

const EXCERPT_SIZE = 140;

/** For each term the plan uses (in the order of `terms`), every place that uses it, in reading order. */
export function findTermUses(bundle: PlanBundle, terms: readonly GlossaryTerm[]): TermUse[] {
  const matcher = termMatcher(terms);
  const symbols = [...bundle.documents.map((d) => d.symbol), ...bundle.resolutions.map((r) => r.symbol)];
  const uses = new Map<string, TermUse>(terms.map((t) => [t.id, { termId: t.id, places: [], formsUsed: [] }]));

  const visit = (kind: GlossaryPlaceKind, id: string, target: SearchTarget, within: CitationTarget, value: LocalizedText | undefined) => {
    const text = value?.text ?? '';
    const matches = termsIn(text, matcher, symbols);
    for (const termId of new Set(matches.map((m) => m.termId))) {
      const use = uses.get(termId)!;
      const mine = matches.filter((m) => m.termId === termId);
      use.places.push({ kind, id, target, within, excerpt: markedExcerpt(text, mine, EXCERPT_SIZE) });
      for (const m of mine) record(use, text, m, matcher);
    }
  };

  walkPlan(bundle, visit);
  return [...uses.values()].filter((u) => u.places.length > 0);
}

/** Uses of terms in `text`, in text order: acronyms outside document symbols, and full names. */
function termsIn(text: string, matcher: TermMatcher, symbols: readonly string[]): TermMatch[] {
  if (!text) return [];
  const forms: TermMatch[] = [];
  let offset = 0;
  // The same cut as the links in running text (symbols.ts), so every link is a listed use.
  for (const segment of splitByTerms(splitBySymbols(text, symbols), (run) => findForms(run, matcher))) {
    if (segment.term) forms.push({ start: offset, end: offset + segment.text.length, termId: segment.term, by: 'form' });
    offset += segment.text.length;
  }
  const names = findNames(text, matcher).filter((n) => !forms.some((f) => f.start < n.end && n.start < f.end));
  return [...forms, ...names].sort((a, b) => a.start - b.start);
}

function record(use: TermUse, text: string, m: TermMatch, matcher: TermMatcher) {
  const written = text.slice(m.start, m.end);
  if (m.by === 'form' && !use.formsUsed.includes(written)) use.formsUsed.push(written);
  if (m.by !== 'name') return;
  use.namedAs ??= written;
  if (!use.spelledOutAs && spellsOut(text, m, matcher)) use.spelledOutAs = written;
}

type Visit = (kind: GlossaryPlaceKind, id: string, target: SearchTarget, within: CitationTarget, value: LocalizedText | undefined) => void;

function walkPlan(bundle: PlanBundle, visit: Visit) {
  const plan = (anchor: string): SearchTarget => ({ screen: 'plan', anchor });
  const walkResolution = (r: Resolution) => {
    const within: CitationTarget = { kind: 'resolution', id: r.id };
    visit('resolution', r.id, plan(r.id), within, r.title);
    for (const m of bundle.mandates.filter((x) => x.resolutionId === r.id)) {
      const mandate: CitationTarget = { kind: 'mandate', id: m.id };
      visit('mandate', m.id, plan(m.id), mandate, m.text);
      const bodies = m.responsible.map((b) => b.text).join(' · ');
      visit('responsible', m.id, plan(m.id), mandate, { lang: m.text.lang, text: bodies });
    }
  };
  const walkSection = (s: Section) => {
    const within: CitationTarget = { kind: 'section', id: s.id };
    visit('section', s.id, plan(s.id), within, s.heading);
    for (const p of s.paragraphs) visit('paragraph', p.id, plan(p.id), within, p.text);
    if (s.signature?.length) visit('signature', s.id, plan(s.id), within, { lang: s.heading.lang, text: s.signature.map((l) => l.text).join(' · ') });
    for (const child of bundle.sections.filter((x) => x.parentId === s.id)) walkSection(child);
    for (const r of bundle.resolutions.filter((x) => x.sectionId === s.id)) walkResolution(r);
  };
  for (const s of bundle.sections.filter((x) => x.parentId === null)) walkSection(s);
  const sectionIds = new Set(bundle.sections.map((s) => s.id));
  for (const r of bundle.resolutions.filter((x) => !x.sectionId || !sectionIds.has(x.sectionId))) walkResolution(r);
  for (const m of bundle.meetings) {
    const within: CitationTarget = { kind: 'meeting', id: m.id };
    const heading = [m.title?.text, m.place?.text].filter(Boolean).join(' — ');
    visit('meeting', m.id, { screen: 'meeting', id: m.id }, within, { lang: bundle.plan.language, text: heading });
    for (const item of bundle.agendaItems.filter((x) => x.meetingId === m.id)) {
      visit('agendaItem', item.id, { screen: 'meeting', id: m.id, anchor: item.id }, within, item.text);
    }
  }
  for (const m of bundle.milestones) visit('milestone', m.id, { screen: 'timeline' }, { kind: 'milestone', id: m.id }, m.title);
}
