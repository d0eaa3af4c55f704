/*
 * A change to one record as lines a delegate can read: a value before → after in the
 * interface's words, a text as a word-level difference, a move as a move ("moves up from 3rd
 * to 2nd place", "moves from meeting X to meeting Y"). Reorders are logged as updates of
 * `order` (and a paragraph move as a new order of its section's paragraphs), so they are
 * recognised here rather than shown as a field or as a deletion.
 */
import { changedFields } from '../domain/plan-diff.ts';
import type { HistoryEntry, Paragraph, RecordTable } from '../domain/types.ts';
import { fieldName } from '../i18n/change-labels.ts';
import { t } from '../i18n/index.ts';
import { movedText, textLines, type ChangeLine } from './change-lines.ts';
import { paragraphLines } from './paragraph-changes.ts';
import { isText, nameOf, valueText, type RecordLookup } from './record-names.ts';

export type { ChangeLine } from './change-lines.ts';

/** Where a record's container field is, for a move to another container. */
const CONTAINERS: Partial<Record<RecordTable, { field: string; table: RecordTable }>> = {
  agendaItems: { field: 'meetingId', table: 'meetings' },
  mandates: { field: 'resolutionId', table: 'resolutions' },
  sections: { field: 'parentId', table: 'sections' },
};

/** The lines of a history entry: what an update changed; a creation or deletion says it by its command. */
export function describeEntry(entry: HistoryEntry, lookup: RecordLookup): ChangeLine[] {
  return entry.op === 'update' && entry.before && entry.after ? describeUpdate(entry.table, entry.before, entry.after, lookup) : [];
}

export function describeUpdate(table: RecordTable, before: unknown, after: unknown, lookup: RecordLookup): ChangeLine[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const fields = changedFields(a, b);
  const container = CONTAINERS[table];
  const moved = container && fields.some((f) => f.field === container.field);
  const lines: ChangeLine[] = [];
  for (const { field, before: old, after: now } of fields) {
    if (field === 'order') {
      if (!moved && typeof old === 'number' && typeof now === 'number') lines.push({ kind: 'move', label: fieldName(field), text: movedText(old, now) });
    } else if (container && field === container.field) {
      lines.push({
        kind: 'move',
        label: fieldName(field),
        text: t('history.movedTo', { from: containerName(container.table, old, lookup), to: containerName(container.table, now, lookup) }),
      });
    } else if (field === 'paragraphs' && Array.isArray(old) && Array.isArray(now)) {
      lines.push(...paragraphLines(old as Paragraph[], now as Paragraph[]));
    } else if ((isText(old) || old === undefined) && (isText(now) || now === undefined) && (old || now)) {
      lines.push(...textLines(fieldName(field), old, now));
    } else {
      lines.push({ kind: 'value', label: fieldName(field), before: valueText(table, field, old, lookup), after: valueText(table, field, now, lookup) });
    }
  }
  return lines;
}

function containerName(table: RecordTable, id: unknown, lookup: RecordLookup): string {
  return typeof id === 'string' ? nameOf(table, id, lookup) : valueText(table, '', id, lookup);
}
