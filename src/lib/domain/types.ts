/*
 * The shared vocabulary of Quorum: a working group's plan and everything it owns.
 * Pure types, no Dexie and no Svelte. Every stored record has a stable `id` and an
 * `updatedAt` (ISO 8601 UTC); every record a plan owns carries its `planId`, so a plan
 * can be copied, exported or deleted as a set. Text that people read is a
 * `LocalizedText`: the text in its own language plus room for translations, so that
 * translations never need a schema migration.
 */

export type Id = string;
/** ISO 8601 instant in UTC, e.g. "2011-09-15T14:00:00.000Z". */
export type Instant = string;
/** Calendar date, "YYYY-MM-DD". */
export type IsoDate = string;
/** Wall-clock time, "HH:MM" (24 h). */
export type WallTime = string;
/** IANA time zone name, e.g. "America/New_York". */
export type TimeZoneId = string;
/** BCP 47 language tag, e.g. "fr". */
export type LanguageTag = string;

/** Text in its own language, with optional translations keyed by language tag. */
export type LocalizedText = {
  lang: LanguageTag;
  text: string;
  translations?: Record<LanguageTag, string>;
};

type Stamped = { id: Id; updatedAt: Instant };
type PlanOwned = Stamped & { planId: Id };

export const PLAN_STATUSES = ['draft', 'adopted', 'in-progress', 'completed', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export type Person = { name: string; role?: LocalizedText };

export type Plan = Stamped & {
  title: LocalizedText;
  shortTitle: LocalizedText;
  /** The body that owns the plan, e.g. the Commission on Hemispheric Security. */
  body: LocalizedText;
  /** Language the plan was written in. */
  language: LanguageTag;
  /** Default time zone for meetings that do not set their own. */
  timeZone: TimeZoneId;
  chair?: Person;
  status: PlanStatus;
  /** Key of the embedded plan this one was seeded from, if any (e.g. "mispa-iii"). */
  seedKey?: string;
  createdAt: Instant;
};

export type Paragraph = { id: Id; text: LocalizedText };

export type Section = PlanOwned & {
  /** Null for a top-level section. */
  parentId: Id | null;
  order: number;
  /** Number as printed in the source, e.g. "I", "II". */
  number?: string;
  heading: LocalizedText;
  paragraphs: Paragraph[];
  /** A signature block closing the section (the chair's, in the source's section II). */
  signature?: LocalizedText[];
};

export type Resolution = PlanOwned & {
  order: number;
  /** The section of the plan that presents this resolution and its mandates. */
  sectionId?: Id;
  /** Document symbol as cited, e.g. "AG/RES. 2629 (XLI-O/11)". */
  symbol: string;
  title: LocalizedText;
  /** Where the plan's text about this resolution is uncertain (e.g. cited under two numbers). */
  note?: LocalizedText;
};

export const MANDATE_STATUSES = ['pending', 'in-progress', 'done', 'dropped'] as const;
export type MandateStatus = (typeof MANDATE_STATUSES)[number];

export type Mandate = PlanOwned & {
  resolutionId: Id;
  order: number;
  text: LocalizedText;
  /** Bodies responsible, in the order the source gives them. Empty when none is given. */
  responsible: LocalizedText[];
  status: MandateStatus;
  /** True when the responsible bodies are a reading of the source, not stated by it. */
  toBeConfirmed: boolean;
  confirmationNote?: LocalizedText;
  /** The day by which the mandate is to be carried out, when the plan sets one. */
  dueDate?: IsoDate;
};

export const MEETING_KINDS = ['working-group', 'ministerial', 'preparatory', 'expert', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['planned', 'held', 'postponed', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export type Meeting = PlanOwned & {
  kind: MeetingKind;
  /** Title; working-group meetings may leave it out and get one built from the group and date. */
  title?: LocalizedText;
  /** First day, in the meeting's time zone. */
  startDate: IsoDate;
  /** Last day (inclusive) for a meeting over several days; absent for a one-day meeting. */
  endDate?: IsoDate;
  /** Without a start time the meeting is a whole-day item. */
  startTime?: WallTime;
  endTime?: WallTime;
  timeZone: TimeZoneId;
  place?: LocalizedText;
  status: MeetingStatus;
  /** Raised whenever time, place, title or status changes (iCalendar SEQUENCE). */
  sequence: number;
  /** Section of the plan that names this meeting, for links back to the text. */
  sourceSectionId?: Id;
  /**
   * The agenda item under discussion while the meeting is held. Live state, not part of what
   * the meeting is: setting it neither stamps updatedAt nor raises the SEQUENCE.
   */
  currentItemId?: Id;
  /**
   * Which of the two the start time is when it happens twice on the first day (clocks going
   * back): its UTC offset, in minutes east of UTC (-240 for UTC−04:00). Present only then,
   * and then required; `endOffset` is the same for the end time on the first day.
   */
  startOffset?: number;
  endOffset?: number;
  /** Free text about the meeting (an imported event's DESCRIPTION, a note typed in the form); not its agenda. */
  notes?: LocalizedText;
};

export const OUTCOME_KINDS = ['decided', 'postponed', 'withdrawn'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export type Outcome = { kind: OutcomeKind; note?: LocalizedText; recordedAt: Instant };

export type AgendaItem = PlanOwned & {
  meetingId: Id;
  order: number;
  text: LocalizedText;
  outcome?: Outcome;
};

/**
 * One text of a document, in one language (domain/document-files.ts): what the file is, never
 * its bytes, which are stored and published under `hash`.
 */
export type DocumentFile = {
  /** SHA-256 of the bytes, 64 lower-case hex digits: the file's name everywhere. */
  hash: string;
  lang: LanguageTag;
  /** The file's name as the user knows it ("AG-RES-2629.pdf"), without any folder. */
  name: string;
  type: DocumentType;
  size: number;
  /** The file's own date (its last change, as the device that attached it read it). */
  date: Instant;
};

/** What the app accepts as a document's text (the table of each, domain/document-files.ts). */
export type DocumentType =
  | 'application/pdf'
  | 'application/msword'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'application/vnd.oasis.opendocument.text'
  | 'application/vnd.oasis.opendocument.spreadsheet'
  | 'application/vnd.oasis.opendocument.presentation'
  | 'text/plain'
  | 'image/png'
  | 'image/jpeg'
  | 'image/gif'
  | 'image/webp';

/** A record of the plan that cites a document. */
export type CitationTarget = { kind: 'section' | 'resolution' | 'mandate' | 'milestone' | 'meeting'; id: Id };

export type DocumentRef = PlanOwned & {
  symbol: string;
  title?: LocalizedText;
  citedIn: CitationTarget[];
  /** Its texts, one per language, by hash (domain/document-files.ts); absent when none is attached. */
  files?: DocumentFile[];
};

/**
 * A dated event of the process that is not a meeting (a resolution adopted...).
 * `date` may be a year ("2011"), a month ("2011-06") or a day, as precise as the source.
 */
export type Milestone = PlanOwned & {
  date: string;
  title: LocalizedText;
  place?: LocalizedText;
  sourceSectionId?: Id;
};

/** Everything a plan owns, as one value: what seeding, export and copying move around. */
export type PlanBundle = {
  plan: Plan;
  sections: Section[];
  resolutions: Resolution[];
  mandates: Mandate[];
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  documents: DocumentRef[];
  milestones: Milestone[];
};

/** The tables that hold a plan and the records it owns. */
export type RecordTable = 'plans' | 'sections' | 'resolutions' | 'mandates' | 'meetings' | 'agendaItems' | 'documents' | 'milestones';

/**
 * One change to one record, written in the same transaction as the change itself. Changes
 * made by one command share a `batch`, so undo reverts a command whole.
 */
export type HistoryEntry = {
  /** Auto-increment key: the order changes were made in. */
  seq?: number;
  planId: Id;
  batch: string;
  /** Name of the command that made the change, e.g. "updateMeeting". */
  command: string;
  at: Instant;
  table: RecordTable;
  recordId: Id;
  op: 'create' | 'update' | 'delete';
  /** The record before the change (absent for a create). */
  before?: unknown;
  /** The record after the change (absent for a delete). */
  after?: unknown;
  /** Set on the entries of a batch once it has been undone. */
  undone?: boolean;
};

/** What was last exported to a calendar for one meeting, for "export changes since last time". */
export type IcalExportRecord = {
  planId: Id;
  meetingId: Id;
  sequence: number;
  updatedAt: Instant;
  exportedAt: Instant;
  /** What the exported event contained (see exportFingerprint); absent in early records. */
  fingerprint?: string;
};
