/*
 * Test-data factories: each returns a complete, valid record with plain defaults (a French
 * plan on America/New_York, a planned one-day working-group meeting), overridden by the
 * fields a test cares about. Tests say only what matters to them.
 */
import type {
  AgendaItem,
  DocumentRef,
  HistoryEntry,
  LocalizedText,
  Mandate,
  Meeting,
  Milestone,
  Plan,
  PlanBundle,
  Resolution,
  Section,
} from '../../src/lib/domain/types.ts';
import type { Mark, Note } from '../../src/lib/domain/personal.ts';
import { FORMAT_NAME, FORMAT_VERSION, type PlanFile, type PlanFileEntry } from '../../src/lib/plan-files/format.ts';

const STAMP = '2011-09-01T12:00:00.000Z';

export function fr(text: string): LocalizedText {
  return { lang: 'fr', text };
}

export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-1',
    updatedAt: STAMP,
    createdAt: STAMP,
    title: fr('Plan de travail du groupe de travail chargé de préparer la MISPA-III'),
    shortTitle: fr('MISPA-III'),
    body: fr('Commission sur la sécurité hémisphérique'),
    language: 'fr',
    timeZone: 'America/New_York',
    status: 'adopted',
    ...overrides,
  };
}

export function makeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'meeting-1',
    planId: 'plan-1',
    updatedAt: STAMP,
    kind: 'working-group',
    startDate: '2011-09-15',
    timeZone: 'America/New_York',
    status: 'planned',
    sequence: 0,
    ...overrides,
  };
}

export function makeAgendaItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: 'item-1',
    planId: 'plan-1',
    updatedAt: STAMP,
    meetingId: 'meeting-1',
    order: 1,
    text: fr('Adoption de l’ordre du jour'),
    ...overrides,
  };
}

export function makeMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    id: 'milestone-1',
    planId: 'plan-1',
    updatedAt: STAMP,
    date: '2011-06-07',
    title: fr('Adoption de la résolution'),
    ...overrides,
  };
}

export function makeSection(overrides: Partial<Section> = {}): Section {
  return {
    id: 'section-1',
    planId: 'plan-1',
    updatedAt: STAMP,
    parentId: null,
    order: 0,
    number: 'I',
    heading: fr('ANTÉCÉDENTS'),
    paragraphs: [{ id: 'section-1/p1', text: fr('Le Conseil permanent a adopté la résolution.') }],
    ...overrides,
  };
}

function makeResolution(overrides: Partial<Resolution> = {}): Resolution {
  return {
    id: 'resolution-1',
    planId: 'plan-1',
    updatedAt: STAMP,
    order: 0,
    symbol: 'AG/RES. 2629 (XLI-O/11)',
    title: fr('Suivi des réunions des ministres'),
    ...overrides,
  };
}

export function makeMandate(overrides: Partial<Mandate> = {}): Mandate {
  return {
    id: 'mandate-1',
    planId: 'plan-1',
    updatedAt: STAMP,
    resolutionId: 'resolution-1',
    order: 0,
    text: fr('De convoquer la Troisième Réunion des ministres.'),
    responsible: [fr('CSH')],
    status: 'pending',
    toBeConfirmed: false,
    ...overrides,
  };
}

export function makeDocumentRef(overrides: Partial<DocumentRef> = {}): DocumentRef {
  return {
    id: 'document-1',
    planId: 'plan-1',
    updatedAt: STAMP,
    symbol: 'CP/RES. 934 (1644/08)',
    citedIn: [{ kind: 'section', id: 'section-1' }],
    ...overrides,
  };
}

export function makeHistoryEntry(overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    planId: 'plan-1',
    batch: 'batch-1',
    command: 'updateMeeting',
    at: STAMP,
    table: 'meetings',
    recordId: 'meeting-1',
    op: 'update',
    before: makeMeeting(),
    after: makeMeeting({ startTime: '10:00', sequence: 1 }),
    ...overrides,
  };
}

/**
 * A small plan whose records point at each other the way a real one does: a subsection, a
 * resolution presented in a section, a mandate, a meeting sourced from a section with two
 * agenda items, a document cited in the section, the mandate, the meeting and a milestone.
 */
export function makeBundle(planId = 'plan-1'): PlanBundle {
  const id = (name: string) => `${planId}/${name}`;
  const own = { planId };
  return {
    plan: makePlan({ id: planId }),
    sections: [
      makeSection({ ...own, id: id('s1'), paragraphs: [{ id: id('s1/p1'), text: fr('Antécédents.') }] }),
      makeSection({ ...own, id: id('s1.1'), parentId: id('s1'), number: undefined, heading: fr('MISPA-I') }),
      makeSection({ ...own, id: id('s2'), order: 1, number: 'II', heading: fr('MANDAT'), paragraphs: [] }),
    ],
    resolutions: [makeResolution({ ...own, id: id('res'), sectionId: id('s2') })],
    mandates: [makeMandate({ ...own, id: id('m1'), resolutionId: id('res') })],
    meetings: [makeMeeting({ ...own, id: id('wg'), sourceSectionId: id('s2'), sequence: 2 })],
    agendaItems: [
      makeAgendaItem({ ...own, id: id('wg/a1'), meetingId: id('wg'), order: 0 }),
      makeAgendaItem({ ...own, id: id('wg/a2'), meetingId: id('wg'), order: 1, text: fr('Examen du projet de calendrier') }),
    ],
    documents: [
      makeDocumentRef({
        ...own,
        id: id('doc'),
        citedIn: [
          { kind: 'section', id: id('s1') },
          { kind: 'mandate', id: id('m1') },
          { kind: 'meeting', id: id('wg') },
          { kind: 'milestone', id: id('ms') },
        ],
      }),
    ],
    milestones: [makeMilestone({ ...own, id: id('ms'), sourceSectionId: id('s1.1') })],
  };
}

/** A plan file (current format) holding `entries`, by default one plan built with makeBundle. */
export function makePlanFile(entries: PlanFileEntry[] = [{ bundle: makeBundle() }], overrides: Partial<PlanFile> = {}): PlanFile {
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    exportedAt: '2024-03-05T09:30:00.000Z',
    app: 'Quorum',
    plans: entries,
    ...overrides,
  };
}

/**
 * The same plans as a version 1 file would hold them: no milestones, no history, every text a
 * plain string. Built from current bundles so a test can compare the upgrade with the original.
 */
export function makeV1PlanFile(bundles: PlanBundle[] = [makeBundle()]): Record<string, unknown> {
  const s = (text: LocalizedText | undefined) => text?.text;
  return {
    format: FORMAT_NAME,
    version: 1,
    exportedAt: '2012-01-10T08:00:00.000Z',
    plans: bundles.map(({ milestones: _notInV1, ...b }) => ({
      bundle: {
        plan: { ...b.plan, title: s(b.plan.title), shortTitle: s(b.plan.shortTitle), body: s(b.plan.body) },
        sections: b.sections.map((x) => ({
          ...x,
          heading: s(x.heading),
          paragraphs: x.paragraphs.map((p) => ({ ...p, text: s(p.text) })),
          ...(x.signature ? { signature: x.signature.map(s) } : {}),
        })),
        resolutions: b.resolutions.map((x) => ({ ...x, title: s(x.title), note: s(x.note) })),
        mandates: b.mandates.map((x) => ({ ...x, text: s(x.text), responsible: x.responsible.map(s), confirmationNote: s(x.confirmationNote) })),
        meetings: b.meetings.map((x) => ({ ...x, title: s(x.title), place: s(x.place) })),
        agendaItems: b.agendaItems.map((x) => ({ ...x, text: s(x.text) })),
        documents: b.documents.map((x) => ({ ...x, title: s(x.title), citedIn: x.citedIn.filter((c) => c.kind !== 'milestone') })),
      },
    })),
  };
}

export function makeMark(overrides: Partial<Mark> = {}): Mark {
  return {
    planId: 'plan-1',
    recordId: 'meeting-1',
    kind: 'meeting',
    markedAt: STAMP,
    seen: { startDate: '2011-09-15', timeZone: 'America/New_York', status: 'planned' },
    ...overrides,
  };
}

export function makeNote(overrides: Partial<Note> = {}): Note {
  return { planId: 'plan-1', recordId: 'meeting-1', kind: 'meeting', text: 'Demander le projet révisé.', updatedAt: STAMP, ...overrides };
}
