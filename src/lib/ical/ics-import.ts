/*
 * Importing meetings from an .ics file into a plan, through the same preview and apply as a
 * plan file: the result is a PlanFile holding the plan as it would be with the calendar's
 * events merged in. An event this app exported (UID "<plan>/<meeting>@quorum.invalid" of
 * this plan) updates that same meeting, its numbered DESCRIPTION lines its agenda; any other
 * event becomes a meeting whose id is derived from its UID, so importing the same calendar
 * again updates instead of duplicating. A field the event says exactly what the app would
 * export for the meeting keeps the meeting's own value (with its translations, its zone
 * for a whole-day meeting...), so an unchanged calendar changes nothing, in whichever language
 * it was exported (its PRODID says which). Another application's DESCRIPTION becomes the
 * meeting's notes. Loads ical.js: it runs in the .ics read worker
 * (ics-worker.ts, started by ics-off-thread.ts), on the page only where there is no Worker.
 * The caps are the plan's own: the scan refuses more events than the plan has room for, and
 * the merge stops as soon as the agenda items would pass MAX_LIST_LENGTH, so the plan checks
 * at the end never refuse what these let through. Each meeting and agenda item is checked
 * with the forms' rules (domain/record-rules.ts) as it is made: an event a form would refuse
 * (a 400-character SUMMARY) is skipped with its own problem, and the rest still import.
 */
import { sortByOrder } from '../domain/agenda.ts';
import { sameValue } from '../domain/equal.ts';
import { changedFields } from '../domain/plan-diff.ts';
import { recordErrors } from '../domain/record-rules.ts';
import { textIn } from '../domain/text.ts';
import type { AgendaItem, Id, Meeting, MeetingStatus, PlanBundle } from '../domain/types.ts';
import type { FieldErrors } from '../domain/validation.ts';
import { ICAL_WORDS } from '../i18n/ics-words.ts';
import { icalFr, type IcalWords } from '../i18n/fr-ical.ts';
import { meetingEvent, UID_SUFFIX } from './meeting-event.ts';
import { FORMAT_NAME, FORMAT_VERSION, type PlanFile } from '../plan-files/format.ts';
import { parseIcsEvents, type IcsEvent } from './ics-events.ts';
import { eventCap, scanIcs } from './ics-scan.ts';
import { meetingTimes, TIME_FIELDS } from './ics-times.ts';
import { MAX_LIST_LENGTH } from '../plan-files/limits.ts';
import { capProblems, problem, quote, type FileProblem } from '../plan-files/problems.ts';
import type { OnProgress, Progress } from '../plan-files/progress.ts';
import { checkPlanFileValue, readText } from '../plan-files/read-file.ts';
import { stableHash } from '../plan-files/stable-hash.ts';

/** Something the preview should say about one meeting the calendar brings (an end dropped). */
export type MeetingWarning = FileProblem & { meetingId: Id };

export type IcsReadResult =
  { ok: true; file: PlanFile; meetingIds: Id[]; skipped: FileProblem[]; warnings: MeetingWarning[] } | { ok: false; problems: FileProblem[] };

const APP_PRODID = /^PRODID:-\/\/Quorum\/\/Quorum work plan\/\/([A-Za-z]{2})\r?$/m;

/** The words the app wrote the file with (its PRODID names the language); French otherwise. */
export function fileWords(text: string): IcalWords {
  const lang = APP_PRODID.exec(text)?.[1]?.toLowerCase();
  return Object.values(ICAL_WORDS).find((words) => words.locale === lang) ?? icalFr;
}

/** Reads `input` as events for plan `target` (as stored now), reporting the bytes read, then the events checked; nothing is written. */
export async function readIcsFile(input: Blob | string, target: PlanBundle, now: Date, report?: OnProgress): Promise<IcsReadResult> {
  // The last report is said again between the merge and the checks: each is seconds for the
  // largest calendar on a slow phone, and the page takes a silent worker for a stuck one.
  let last: Progress | undefined;
  const onProgress = report && ((progress: Progress) => report((last = progress)));
  const text = await readText(input, onProgress);
  if (typeof text !== 'string') return { ok: false, problems: [text] };
  onProgress?.({ step: 'checking' });
  const cap = eventCap(target.meetings.length);
  const scanned = scanIcs(text, cap);
  if (!scanned.ok) return { ok: false, problems: [scanned.problem] };
  const parsed = parseIcsEvents(scanned, target.plan.timeZone, cap, onProgress);
  if (!parsed.ok) return parsed;
  const merged = mergeEvents(target, parsed.events, now.toISOString(), fileWords(scanned.text));
  if ('problem' in merged) return { ok: false, problems: [merged.problem] };
  if (last) onProgress?.(last);
  const skipped = [...parsed.skipped, ...merged.skipped].sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
  if (!merged.meetingIds.length) return { ok: false, problems: capProblems(skipped.length ? skipped : [problem('', 'file.ics.noEvents')]) };
  const file: PlanFile = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    exportedAt: now.toISOString(),
    app: 'Quorum (.ics)',
    plans: [{ bundle: merged.bundle }],
  };
  // The same checks as any plan file: the events must make a valid plan.
  const checked = checkPlanFileValue(JSON.parse(JSON.stringify(file)));
  return checked.ok ? { ok: true, file: checked.file, meetingIds: merged.meetingIds, skipped, warnings: merged.warnings } : checked;
}

type Origin = { fromApp: boolean; meetingId?: Id };

/** Whether `uid` is one this app wrote, and for a meeting of plan `planId`, which. */
export function eventOrigin(uid: string | undefined, planId: Id): Origin {
  if (!uid?.endsWith(UID_SUFFIX)) return { fromApp: false };
  const parts = uid.slice(0, -UID_SUFFIX.length).split('/');
  if (parts.length !== 2) return { fromApp: false };
  try {
    const [plan, meeting] = parts.map(decodeURIComponent) as [string, string];
    return plan === planId && meeting ? { fromApp: true, meetingId: meeting } : { fromApp: true };
  } catch {
    return { fromApp: false };
  }
}

/**
 * The plan with the events merged in, in one pass: meetings and agendas looked up by id
 * (100,000 events stayed minutes in a search of every list for every event). Refuses as soon
 * as the agenda items would pass the plan's list cap; meetings cannot, eventCap saw to it.
 */
type Merged = { bundle: PlanBundle; meetingIds: Id[]; skipped: FileProblem[]; warnings: MeetingWarning[] } | { problem: FileProblem };

function mergeEvents(target: PlanBundle, events: readonly IcsEvent[], now: string, words: IcalWords): Merged {
  const meetings = new Map(target.meetings.map((m) => [m.id, m]));
  const agendas = byMeeting(target.agendaItems);
  const rewritten = new Map<Id, readonly AgendaItem[]>();
  let items = target.agendaItems.length;
  const meetingIds = new Set<Id>();
  const skipped: FileProblem[] = [];
  const warnings: MeetingWarning[] = [];
  const skip = (event: IcsEvent, refusal: FileProblem) =>
    skipped.push({ ...refusal, params: { summary: quote(event.summary ?? ''), ...refusal.params, line: event.line } });
  for (const event of events) {
    const origin = eventOrigin(event.uid, target.plan.id);
    const id = origin.meetingId ?? `${target.plan.id}/ics-${stableHash(event.uid ?? `${event.summary}|${JSON.stringify(event.timing)}`)}`;
    if (meetingIds.has(id)) {
      skip(event, problem(`events[${event.index}]`, 'file.ics.duplicate', { summary: quote(event.summary ?? '') }));
      continue;
    }
    const own = agendas.get(id) ?? [];
    const meeting = toMeeting(event, id, meetings.get(id), own, origin.fromApp, target, now, words);
    if ('path' in meeting) {
      skip(event, meeting);
      continue;
    }
    // The forms' rules, event by event: one the meeting form would refuse costs that event only.
    const refused = ruleProblem(event, recordErrors('meetings', meeting));
    if (refused) {
      skip(event, refused);
      continue;
    }
    const agenda = origin.fromApp ? withAgenda(own, meeting, event, target, now, words) : own;
    const refusedItem = agenda === own ? undefined : agenda.map((item) => ruleProblem(event, recordErrors('agendaItems', item), 'DESCRIPTION')).find(Boolean);
    if (refusedItem) {
      skip(event, refusedItem);
      continue;
    }
    meetings.set(id, meeting);
    meetingIds.add(id);
    if (event.warning) warnings.push({ ...event.warning, meetingId: id });
    if (agenda === own) continue;
    items += agenda.length - own.length;
    if (items > MAX_LIST_LENGTH) return { problem: problem('', 'file.ics.tooManyItems', { max: MAX_LIST_LENGTH }) };
    rewritten.set(id, agenda);
  }
  const agendaItems = [...target.agendaItems.filter((a) => !rewritten.has(a.meetingId)), ...[...rewritten.values()].flat()];
  return { bundle: { ...target, meetings: [...meetings.values()], agendaItems }, meetingIds: [...meetingIds], skipped, warnings };
}

/** The event property each meeting field is read from, for the path of a refusal. */
const EVENT_PROPERTIES: Partial<Record<string, string>> = {
  title: 'SUMMARY',
  place: 'LOCATION',
  startDate: 'DTSTART',
  startTime: 'DTSTART',
  timeZone: 'DTSTART',
  endDate: 'DTEND',
  endTime: 'DTEND',
  notes: 'DESCRIPTION',
};

/** The first of `errors` (a record's, as a form would show them) as the event's problem; undefined when there are none. */
function ruleProblem(event: IcsEvent, errors: FieldErrors, property?: string): FileProblem | undefined {
  const [field, message] = Object.entries(errors).find(([, m]) => m !== undefined) ?? [];
  if (!field || !message) return undefined;
  const name = property ?? EVENT_PROPERTIES[field.split('.')[0]!];
  const path = name ? `events[${event.index}].${name}` : `events[${event.index}]`;
  const summary = quote(event.summary ?? '');
  return message.key === 'validation.tooLong'
    ? problem(path, 'file.ics.tooLongForForm', { max: message.params?.max ?? 0, summary })
    : problem(path, 'file.ics.formRule', { summary });
}

function byMeeting(items: readonly AgendaItem[]): Map<Id, AgendaItem[]> {
  const agendas = new Map<Id, AgendaItem[]>();
  for (const item of items) {
    const list = agendas.get(item.meetingId);
    if (list) list.push(item);
    else agendas.set(item.meetingId, [item]);
  }
  return agendas;
}

/** The event the app would export for `meeting`, with its agenda `own` (the meeting's items only). */
function rendered(target: PlanBundle, meeting: Meeting, words: IcalWords, own: readonly AgendaItem[]) {
  return meetingEvent({ plan: target.plan, meeting, agendaItems: own, words });
}

function toMeeting(
  event: IcsEvent,
  id: Id,
  existing: Meeting | undefined,
  own: readonly AgendaItem[],
  fromApp: boolean,
  target: PlanBundle,
  now: string,
  words: IcalWords,
): Meeting | FileProblem {
  const lang = target.plan.language;
  const before = existing ? rendered(target, existing, words, own) : undefined;
  const base: Meeting = existing ?? {
    id,
    planId: target.plan.id,
    updatedAt: now,
    kind: 'other',
    startDate: '',
    timeZone: target.plan.timeZone,
    status: 'planned',
    sequence: event.sequence,
  };
  const times =
    before && sameValue(event.timing, before.timing) ? pick(base, TIME_FIELDS) : meetingTimes(event.timing, existing?.timeZone ?? target.plan.timeZone);
  const status = before && event.status === before.status ? base.status : statusOf(event.status, fromApp, existing);
  const place = before && event.location === before.location ? base.place : event.location ? { lang, text: event.location } : undefined;
  const draft = withFields(base, { ...times, status, place, notes: notesOf(event, base, fromApp, lang, words) });
  // The title last: an untitled meeting's summary is built from its date and status.
  const summary = fromApp ? withoutStatusPrefix(event.summary ?? '', words) : (event.summary?.trim() ?? '');
  const keepTitle = existing !== undefined && event.summary === rendered(target, draft, words, own).summary;
  const title = keepTitle ? base.title : summary ? { lang, text: summary } : base.title;
  if (!title && draft.kind !== 'working-group') return problem(`events[${event.index}].SUMMARY`, 'file.ics.noTitle', { summary: '' });
  const meeting = withFields(draft, { title });
  // changedFields, not local-state's differs: that module brings Dexie into the worker.
  return existing && changedFields(existing, meeting).length === 0 ? existing : { ...meeting, updatedAt: now };
}

/**
 * Another application's DESCRIPTION is the meeting's notes, as written; this app's holds the
 * notes before its agenda (ownParts). The same text keeps the meeting's own notes, with their
 * translations.
 */
function notesOf(event: IcsEvent, base: Meeting, fromApp: boolean, lang: string, words: IcalWords): Meeting['notes'] {
  const description = (fromApp ? ownParts(event.description, words).notes : event.description)?.trim();
  if (!description) return undefined;
  if (base.notes && (base.notes.text === description || textIn(base.notes, words.locale).text === description)) return base.notes;
  return { lang, text: description };
}

/** "3. Text": one agenda item in this app's description. */
const AGENDA_LINE = /^\s*\d+\.\s+(.*\S)\s*$/;

/**
 * This app's DESCRIPTION: the notes, then the agenda heading and its numbered lines
 * (src/lib/ical/meeting-event.ts). Without the heading (a description written by hand), its
 * numbered lines are the agenda and the others the notes.
 */
function ownParts(description: string | undefined, words: IcalWords): { notes?: string; agenda: string[] } {
  const lines = (description ?? '').split(/\r?\n/);
  const heading = lines.findIndex((line) => line.trim() === words.agendaHeading);
  const numbered = (line: string) => AGENDA_LINE.test(line);
  const notes = (heading < 0 ? lines.filter((line) => !numbered(line)) : lines.slice(0, heading)).join('\n').trim();
  const agenda = heading < 0 ? lines.filter(numbered) : lines.slice(heading + 1);
  return { ...(notes ? { notes } : {}), agenda };
}

function statusOf(status: string, fromApp: boolean, existing: Meeting | undefined): MeetingStatus {
  if (status === 'CANCELLED') return 'cancelled';
  if (status === 'TENTATIVE' && fromApp) return 'postponed';
  return existing?.status === 'held' ? 'held' : 'planned';
}

function withoutStatusPrefix(summary: string, words: IcalWords): string {
  for (const prefix of [words.postponedPrefix, words.cancelledPrefix]) if (summary.startsWith(prefix)) return summary.slice(prefix.length).trim();
  return summary.trim();
}

/** The meeting's agenda as the event's numbered DESCRIPTION lines say, keeping items whose text is unchanged; `own` itself when the description is the app's own for it. */
function withAgenda(
  ownItems: readonly AgendaItem[],
  meeting: Meeting,
  event: IcsEvent,
  target: PlanBundle,
  now: string,
  words: IcalWords,
): readonly AgendaItem[] {
  const own = sortByOrder(ownItems);
  if (own.length && event.description === rendered(target, meeting, words, own).description) return ownItems;
  const lines = ownParts(event.description, words).agenda.flatMap((line) => AGENDA_LINE.exec(line)?.slice(1) ?? []);
  let order = -1;
  return lines.map((line, i): AgendaItem => {
    const item = own[i];
    order = Math.max(order + 1, item?.order ?? 0);
    if (item && textIn(item.text, words.locale).text === line) return item;
    const text = { lang: target.plan.language, text: line };
    if (item) return { ...item, text, updatedAt: now };
    return { id: `${meeting.id}/ics-${stableHash(`${event.uid}|${i}|${line}`)}`, planId: meeting.planId, meetingId: meeting.id, order, text, updatedAt: now };
  });
}

function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.map((k) => [k, record[k]])) as Partial<Pick<T, K>>;
}

/** `record` with `fields` set, and the ones given as undefined removed. */
function withFields(record: Meeting, fields: Partial<Meeting>): Meeting {
  const copy: Record<string, unknown> = { ...record, ...fields };
  for (const [key, value] of Object.entries(fields)) if (value === undefined) delete copy[key];
  return copy as Meeting;
}
