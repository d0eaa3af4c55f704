/*
 * New plans: an empty one, or a copy of an existing one as the start of another. A copy gives
 * every record (and every paragraph) a new id and rewrites every reference between records to
 * the new ids, so the copy is whole and independent: editing it never touches the original.
 */
import { planOnly } from './bundle.ts';
import { SHORT_TITLE_MAX } from './validation-rules.ts';
import type { CitationTarget, Id, Instant, LanguageTag, Meeting, Milestone, PlanBundle, Section, TimeZoneId } from './types.ts';

/** Makes a new id for a record of the given kind ('section', 'meeting', 'paragraph'...). */
export type IdFactory = (kind: string) => Id;

export function emptyBundle(planId: Id, title: string, timeZone: TimeZoneId, language: LanguageTag, now: Instant): PlanBundle {
  const text = (value: string) => ({ lang: language, text: value });
  return planOnly({
    id: planId,
    updatedAt: now,
    createdAt: now,
    title: text(title),
    shortTitle: text(shorten(title, SHORT_TITLE_MAX)),
    body: text(''),
    language,
    timeZone,
    status: 'draft',
  });
}

/** `text`, cut to `max` characters with an ellipsis when longer. */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function copyBundle(bundle: PlanBundle, newPlanId: Id, now: Instant, idFactory: IdFactory): PlanBundle {
  const ids = new Map<Id, Id>();
  const fresh = (kind: string, records: readonly { id: Id }[]) => {
    for (const r of records) ids.set(r.id, idFactory(kind));
  };
  fresh('section', bundle.sections);
  fresh('resolution', bundle.resolutions);
  fresh('mandate', bundle.mandates);
  fresh('meeting', bundle.meetings);
  fresh('agenda', bundle.agendaItems);
  fresh('document', bundle.documents);
  fresh('milestone', bundle.milestones);
  const to = (id: Id): Id => ids.get(id) ?? id;
  const maybe = (id: Id | undefined) => (id === undefined ? undefined : to(id));
  const own = { planId: newPlanId, updatedAt: now };
  const { seedKey: _notASeed, ...plan } = bundle.plan;
  return {
    plan: { ...plan, id: newPlanId, createdAt: now, updatedAt: now },
    sections: bundle.sections.map((s) => copySection(s, to, own, idFactory)),
    resolutions: bundle.resolutions.map((r) => withSource({ ...r, ...own, id: to(r.id) }, 'sectionId', maybe(r.sectionId))),
    mandates: bundle.mandates.map((m) => ({ ...m, ...own, id: to(m.id), resolutionId: to(m.resolutionId) })),
    meetings: bundle.meetings.map((m) =>
      withSource(copySourced<Meeting>({ ...m, ...own, id: to(m.id), sequence: 0 }, maybe), 'currentItemId', maybe(m.currentItemId)),
    ),
    agendaItems: bundle.agendaItems.map((a) => ({ ...a, ...own, id: to(a.id), meetingId: to(a.meetingId) })),
    documents: bundle.documents.map((d) => ({
      ...d,
      ...own,
      id: to(d.id),
      citedIn: d.citedIn.map((c): CitationTarget => ({ ...c, id: to(c.id) })),
    })),
    milestones: bundle.milestones.map((m) => copySourced<Milestone>({ ...m, ...own, id: to(m.id) }, maybe)),
  };
}

type Own = { planId: Id; updatedAt: Instant };

function copySection(s: Section, to: (id: Id) => Id, own: Own, idFactory: IdFactory): Section {
  return {
    ...s,
    ...own,
    id: to(s.id),
    parentId: s.parentId === null ? null : to(s.parentId),
    paragraphs: s.paragraphs.map((p) => ({ ...p, id: idFactory('paragraph') })),
  };
}

function copySourced<T extends { sourceSectionId?: Id }>(record: T, to: (id: Id | undefined) => Id | undefined): T {
  return withSource(record, 'sourceSectionId', to(record.sourceSectionId));
}

/** `record` with `field` set to `id`, or without it when `id` is undefined. */
function withSource<T extends object>(record: T, field: string, id: Id | undefined): T {
  const copy = { ...record } as Record<string, unknown>;
  if (id === undefined) delete copy[field];
  else copy[field] = id;
  return copy as T;
}
