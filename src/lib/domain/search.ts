/*
 * Search across a plan: every piece of text a person may look for (section headings and
 * paragraphs, resolutions, mandates, meetings, agenda items and their outcomes, document
 * symbols, the glossary terms the plan uses, milestones) becomes one entry, folded once per bundle (see search-text.ts). A query
 * is folded the same way; every word of it must appear (AND). Matching is plain `indexOf` on
 * the folded strings, ranked into small score buckets (no sort, no regex per entry), and only
 * the hits shown get their highlight ranges, mapped back onto the original text.
 */
import { foldWithMap, mergeRanges, normalize, type Range } from './search-text.ts';
import type { Note } from './personal.ts';
import type { Meeting, Outcome, PlanBundle } from './types.ts';

export { normalize, markSegments, markedExcerpt } from './search-text.ts';

const SEARCH_KINDS = ['note', 'section', 'paragraph', 'resolution', 'mandate', 'meeting', 'agendaItem', 'outcome', 'document', 'term', 'milestone'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The place that opens a hit: a screen, and the element to scroll to there. */
export type SearchTarget =
  | { screen: 'plan'; anchor: string }
  | { screen: 'meeting'; id: string; anchor?: string }
  | { screen: 'documents'; anchor: string }
  | { screen: 'glossary'; anchor: string }
  | { screen: 'timeline' };

type SearchEntry = {
  kind: SearchKind;
  id: string;
  target: SearchTarget;
  /** The text shown and searched, as written. */
  text: string;
  /** Where the text sits (its meeting, section, resolution...), shown under it. */
  context?: string;
  /** `text` folded (see search-text.ts). */
  normalized: string;
};

export type SearchIndex = { entries: SearchEntry[] };
export type SearchHit = { entry: SearchEntry; ranges: Range[]; score: number };
type SearchGroup = { kind: SearchKind; total: number; hits: SearchHit[] };
export type SearchResults = { total: number; groups: SearchGroup[] };

/** A glossary entry the plan uses, as the interface shows it (e.g. "CSH — Committee on Hemispheric Security"). */
export type SearchTerm = { id: string; text: string };

/** Names the interface gives records that the data may leave without text. */
export type SearchNames = { meetingTitle?: (m: Meeting) => string; outcomeLabel?: (o: Outcome) => string };

/**
 * `notes`: the user's own notes on the plan's meetings and agenda items (domain/personal.ts),
 * found with the rest and listed first, as "my notes"; a note whose record left the plan is not.
 */
export function buildSearchIndex(bundle: PlanBundle, names: SearchNames = {}, terms: readonly SearchTerm[] = [], notes: readonly Note[] = []): SearchIndex {
  const meetingTitle = names.meetingTitle ?? ((m: Meeting) => m.title?.text ?? m.startDate);
  const entries: SearchEntry[] = [];
  const add = (kind: SearchKind, id: string, target: SearchTarget, text: string, context?: string) => {
    if (text.trim()) entries.push({ kind, id, target, text, context, normalized: normalize(text) });
  };
  for (const s of bundle.sections) {
    const heading = `${s.number ? `${s.number}. ` : ''}${s.heading.text}`;
    add('section', s.id, { screen: 'plan', anchor: s.id }, heading);
    for (const p of s.paragraphs) add('paragraph', p.id, { screen: 'plan', anchor: p.id }, p.text.text, heading);
  }
  const symbols = new Map(bundle.resolutions.map((r) => [r.id, r.symbol]));
  for (const r of bundle.resolutions) add('resolution', r.id, { screen: 'plan', anchor: r.id }, `${r.symbol} ${r.title.text}`);
  for (const m of bundle.mandates) add('mandate', m.id, { screen: 'plan', anchor: m.id }, m.text.text, symbols.get(m.resolutionId));
  const titles = new Map<string, string>();
  for (const m of bundle.meetings) {
    const title = meetingTitle(m);
    titles.set(m.id, title);
    add('meeting', m.id, { screen: 'meeting', id: m.id }, m.place ? `${title} — ${m.place.text}` : title);
    if (m.notes) add('meeting', m.id, { screen: 'meeting', id: m.id }, m.notes.text, title);
  }
  for (const item of bundle.agendaItems) {
    const target: SearchTarget = { screen: 'meeting', id: item.meetingId, anchor: item.id };
    add('agendaItem', item.id, target, item.text.text, titles.get(item.meetingId));
    const o = item.outcome;
    if (o) add('outcome', item.id, target, o.note?.text ?? names.outcomeLabel?.(o) ?? '', item.text.text);
  }
  for (const d of bundle.documents) add('document', d.id, { screen: 'documents', anchor: d.id }, d.title ? `${d.symbol} — ${d.title.text}` : d.symbol);
  for (const term of terms) add('term', term.id, { screen: 'glossary', anchor: term.id }, term.text);
  for (const m of bundle.milestones) add('milestone', m.id, { screen: 'timeline' }, m.title.text, m.date);
  const items = new Map(bundle.agendaItems.map((i) => [i.id, i]));
  for (const n of notes) {
    const item = n.kind === 'agendaItem' ? items.get(n.recordId) : undefined;
    const meetingId = item ? item.meetingId : n.recordId;
    if (!titles.has(meetingId)) continue;
    add('note', n.recordId, { screen: 'meeting', id: meetingId, anchor: `note-${n.recordId}` }, n.text, item ? item.text.text : titles.get(meetingId));
  }
  return { entries };
}

/** How well `text` (folded) matches every word: 0 when a word is missing. */
function score(text: string, words: readonly string[], phrase: string): number {
  let total = 0;
  for (const w of words) {
    const at = text.indexOf(w);
    if (at < 0) return 0;
    const wordStart = at === 0 || text.charCodeAt(at - 1) === 32 || text.includes(' ' + w, at);
    total += wordStart ? 2 : 1;
  }
  if (words.length > 1 && text.includes(phrase)) total += words.length;
  if (text === phrase) total += 1;
  return total;
}

export function search(index: SearchIndex, query: string, limit = 100): SearchResults {
  const phrase = normalize(query);
  const words = [...new Set(phrase.split(' ').filter(Boolean))];
  if (words.length === 0) return { total: 0, groups: [] };
  const buckets: number[][] = Array.from({ length: words.length * 3 + 2 }, () => []);
  const totals = new Map<SearchKind, number>();
  const { entries } = index;
  for (let i = 0; i < entries.length; i++) {
    const s = score(entries[i]!.normalized, words, phrase);
    if (s === 0) continue;
    buckets[s]!.push(i);
    totals.set(entries[i]!.kind, (totals.get(entries[i]!.kind) ?? 0) + 1);
  }
  const hits = new Map<SearchKind, SearchHit[]>();
  let taken = 0;
  for (let s = buckets.length - 1; s > 0 && taken < limit; s--) {
    for (const i of buckets[s]!) {
      if (taken++ >= limit) break;
      const entry = entries[i]!;
      const list = hits.get(entry.kind) ?? hits.set(entry.kind, []).get(entry.kind)!;
      list.push({ entry, score: s, ranges: matchRanges(entry.text, words, phrase) });
    }
  }
  const groups = SEARCH_KINDS.filter((k) => totals.has(k)).map((kind) => ({ kind, total: totals.get(kind)!, hits: hits.get(kind) ?? [] }));
  return { total: [...totals.values()].reduce((a, b) => a + b, 0), groups };
}

/**
 * Where the query appears in the original `text`: the whole phrase, else each word where it
 * starts a word (or anywhere, when it starts none). Matches only a space apart in the folded
 * text are joined, so "l'assemblee" marks "l’Assemblée" whole.
 */
function matchRanges(text: string, words: readonly string[], phrase: string): Range[] {
  const { folded, starts, ends } = foldWithMap(text);
  const found: Range[] = [];
  const addAll = (needle: string, wordStartsOnly: boolean) => {
    for (let at = folded.indexOf(needle); at >= 0 && found.length < 50; at = folded.indexOf(needle, at + 1)) {
      if (!wordStartsOnly || at === 0 || folded.charCodeAt(at - 1) === 32) found.push({ start: at, end: at + needle.length });
    }
  };
  if (words.length > 1 && folded.includes(phrase)) addAll(phrase, false);
  else for (const w of words) if ((addAll(w, true), !found.some((r) => folded.startsWith(w, r.start)))) addAll(w, false);
  const joined: Range[] = [];
  for (const r of mergeRanges(found)) {
    const last = joined.at(-1);
    if (last && r.start === last.end + 1 && folded.charCodeAt(last.end) === 32) last.end = r.end;
    else joined.push(r);
  }
  return joined.map((r) => ({ start: starts[r.start]!, end: ends[r.end - 1]! }));
}
