/*
 * The one IndexedDB database of the app ("quorum"), through Dexie. It stores plans and every
 * record a plan owns in one table per kind, each record tagged with its planId, plus `meta`
 * for app state (which embedded plans were seeded...), `history` (every change, for undo and
 * restore), `icalExports` (what each meeting looked like when last exported to a calendar),
 * the user's own `marks` and `notes` (domain/personal.ts), which are no part of any plan, and
 * `documentFiles`, the documents' texts as Blobs under their hash (domain/document-files.ts).
 * The schema comes from migrations.ts. A write whose transaction was aborted fails with the
 * transaction's reason (abort-cause.ts), so a full disk is told as such.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { AgendaItem, DocumentRef, HistoryEntry, IcalExportRecord, Mandate, Meeting, Milestone, Plan, Resolution, Section } from '../domain/types.ts';
import type { Mark, Note } from '../domain/personal.ts';
import { abortCause } from './abort-cause.ts';
import { DATABASE_NAME, migrations } from './migrations.ts';

export type MetaEntry = { key: string; value: unknown };

/** A document's text on this device: its bytes, under the SHA-256 every plan names it by. */
export type StoredDocument = {
  hash: string;
  blob: Blob;
  type: string;
  size: number;
  storedAt: string;
  /** 'kept': fetched for a followed plan ("Keep the documents offline"), removed once no plan names it; else attached here. */
  by?: 'kept';
};

export class QuorumDatabase extends Dexie {
  plans!: EntityTable<Plan, 'id'>;
  sections!: EntityTable<Section, 'id'>;
  resolutions!: EntityTable<Resolution, 'id'>;
  mandates!: EntityTable<Mandate, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  agendaItems!: EntityTable<AgendaItem, 'id'>;
  documents!: EntityTable<DocumentRef, 'id'>;
  milestones!: EntityTable<Milestone, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  history!: EntityTable<HistoryEntry, 'seq'>;
  icalExports!: Dexie.Table<IcalExportRecord, [string, string]>;
  marks!: Dexie.Table<Mark, [string, string]>;
  notes!: Dexie.Table<Note, [string, string]>;
  documentFiles!: EntityTable<StoredDocument, 'hash'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const m of migrations) {
      const version = this.version(m.version).stores(m.stores);
      if (m.upgrade) version.upgrade(m.upgrade);
    }
    this.use(abortCause);
  }

  /** The tables that hold a plan's own records (everything but plans and meta). */
  get planTables() {
    return [this.sections, this.resolutions, this.mandates, this.meetings, this.agendaItems, this.documents, this.milestones] as const;
  }
}
