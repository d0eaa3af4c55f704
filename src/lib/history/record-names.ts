/*
 * How the history names records and writes values: a meeting by its title (an untitled one by
 * the title the calendar builds), an agenda item or mandate by its text, a section by its
 * number and heading; statuses, kinds and outcomes by the interface's own words, dates and
 * times as the interface language writes them. A record that no version knows keeps its id.
 */
import { textIn } from '../domain/text.ts';
import type { Id, LocalizedText, Meeting, PlanBundle, RecordTable } from '../domain/types.ts';
import { recordLabel, showValue } from '../i18n/change-labels.ts';
import { formatBytes, formatDate, languageName, formatInstant, formatPartialDate, formatTime, formatTimeZone } from '../i18n/format.ts';
import { meetingTitle, meetingWhen } from '../i18n/labels.ts';
import { hasMessage, locale, t } from '../i18n/index.ts';

/** The record `id` of `table` in the versions the screen knows, if any. */
export type RecordLookup = (table: RecordTable, id: Id) => unknown;

/** A lookup over plan versions, the first one that has the record winning (e.g. now, then as loaded). */
export function lookupIn(...bundles: (PlanBundle | undefined)[]): RecordLookup {
  const maps = new Map<RecordTable, Map<Id, unknown>>();
  return (table, id) => {
    let map = maps.get(table);
    if (!map) {
      map = new Map();
      for (const bundle of [...bundles].reverse()) {
        const records = bundle && (table === 'plans' ? [bundle.plan] : (bundle[table] as { id: Id }[]));
        for (const record of records ?? []) map.set(record.id, record);
      }
      maps.set(table, map);
    }
    return map.get(id);
  };
}

const LABEL_MAX = 80;
const short = (text: string) => (text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text);
const shown = (text: LocalizedText) => short(textIn(text, locale).text);

/** A record's name as the screens give it. */
export function recordName(table: RecordTable, record: unknown, id: Id): string {
  if (!record || typeof record !== 'object') return id;
  const r = record as Record<string, unknown>;
  if (table === 'meetings') {
    const meeting = record as Meeting;
    return meeting.title ? `${shown(meeting.title)} · ${meetingWhen(meeting)}` : meetingTitle(meeting).text;
  }
  if (table === 'sections' && isText(r.heading)) return r.number ? `${r.number as string}. ${shown(r.heading)}` : shown(r.heading);
  for (const key of ['title', 'text'] as const) if (isText(r[key])) return shown(r[key]);
  return recordLabel({ before: undefined, after: record, recordId: id });
}

/** The name of record `id` of `table`, from the lookup. */
export function nameOf(table: RecordTable, id: Id, lookup: RecordLookup): string {
  return recordName(table, lookup(table, id), id);
}

export function isText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof (value as LocalizedText).text === 'string' && typeof (value as LocalizedText).lang === 'string';
}

const REFERENCES: Record<string, RecordTable> = {
  meetingId: 'meetings',
  resolutionId: 'resolutions',
  sectionId: 'sections',
  sourceSectionId: 'sections',
  parentId: 'sections',
  currentItemId: 'agendaItems',
};
const CITED: Record<string, RecordTable> = {
  section: 'sections',
  resolution: 'resolutions',
  mandate: 'mandates',
  milestone: 'milestones',
  meeting: 'meetings',
};
// Keys written out (not built from a prefix), so that tests/unit/i18n/screen-messages.test.ts sees which catalogs they need.
const STATUS_WORDS: Partial<Record<RecordTable, (code: string) => string>> = {
  plans: (code) => `planStatus.${code}`,
  meetings: (code) => `meetingStatus.${code}`,
  mandates: (code) => `mandateStatus.${code}`,
};

/** One field's value in the interface language. */
export function valueText(table: RecordTable, field: string, value: unknown, lookup: RecordLookup): string {
  if (value === undefined || value === null || value === '') return showValue(undefined);
  const status = STATUS_WORDS[table];
  if (field === 'status' && status) return word(status, value);
  if (field === 'kind' && table === 'meetings') return word((code) => `meetingKind.${code}`, value);
  if (field === 'outcome') return outcomeText(value);
  if (typeof value === 'string') {
    const reference = REFERENCES[field];
    if (reference) return nameOf(reference, value, lookup);
    if (field === 'date' && table === 'milestones') return formatPartialDate(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    if (/^\d{2}:\d{2}$/.test(value)) return formatTime(value);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) return formatInstant(value);
    if (field === 'language') return languageName(value);
    if (field === 'timeZone') return formatTimeZone(value);
  }
  if (field === 'citedIn' && Array.isArray(value)) {
    return (
      value.map((c: { kind?: string; id?: string }) => (CITED[c.kind ?? ''] && c.id ? nameOf(CITED[c.kind!]!, c.id, lookup) : showValue(c))).join(' ; ') ||
      showValue(undefined)
    );
  }
  if (field === 'files' && Array.isArray(value)) {
    // A document's texts: "français : AG-RES-2629.pdf (1.2 MB)" each, never their hashes.
    return (
      value
        .map((f: { lang?: unknown; name?: unknown; size?: unknown }) =>
          typeof f.name === 'string' && typeof f.lang === 'string'
            ? `${languageName(f.lang)} : ${f.name}${typeof f.size === 'number' ? ` (${formatBytes(f.size)})` : ''}`
            : showValue(f),
        )
        .join(' ; ') || showValue(undefined)
    );
  }
  return showValue(value);
}

/** The interface's word for a code (`meetingStatus.held`...); a code it has no word for (a forged file's) as written. */
function word(keyOf: (code: string) => string, value: unknown): string {
  const key = keyOf(String(value));
  return typeof value === 'string' && hasMessage(key) ? t(key) : showValue(value);
}

export { languageName };

function outcomeText(value: unknown): string {
  const outcome = value as { kind?: unknown; note?: unknown };
  const kind = word((code) => `outcome.${code}`, outcome.kind);
  return isText(outcome.note) && outcome.note.text ? `${kind} · ${outcome.note.text}` : kind;
}
