/*
 * Readable words for history and comparison screens: the name of a command, of a kind of
 * record, of a field, a short label for a record, and a value shown before → after.
 */
import type { HistoryEntry } from '../domain/types.ts';
import { hasMessage, t } from './index.ts';

// Names are messages of the history's catalog (history.command.*, history.table.*,
// history.field.*); a name missing there is shown as its technical one, so a new command never
// breaks the screen.
const named = (kind: string, name: string) => {
  const key = `history.${kind}.${name}`;
  return hasMessage(key) ? t(key) : name;
};
export const commandName = (command: string) => named('command', command);
export const tableName = (table: string) => named('table', table);
export const fieldName = (field: string) => named('field', field);
const valueWords = () => ({ yes: t('history.value.yes'), no: t('history.value.no'), nothing: t('history.value.nothing') });

const MAX_SHOWN = 160;

/** A value as one short line: texts by their text, lists joined, nothing as "—". */
export function showValue(value: unknown): string {
  const text = plain(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

function plain(value: unknown): string {
  if (value === undefined || value === null || value === '') return valueWords().nothing;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? valueWords().yes : valueWords().no;
  if (Array.isArray(value)) return value.length ? value.map(plain).join(' ; ') : valueWords().nothing;
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string') return o.text;
    if (typeof o.name === 'string') return o.name;
    if (typeof o.kind === 'string') return [o.kind, plain(o.note)].filter((p) => p !== valueWords().nothing).join(' · ');
  }
  return JSON.stringify(value);
}

/** A label for the record an entry is about: its title, text or symbol, else its id. */
export function recordLabel(entry: Pick<HistoryEntry, 'before' | 'after' | 'recordId'>): string {
  const record = (entry.after ?? entry.before) as Record<string, unknown> | undefined;
  for (const key of ['title', 'heading', 'text', 'symbol'] as const) {
    if (record && record[key] !== undefined) return showValue(record[key]);
  }
  const date = record?.startDate;
  return typeof date === 'string' ? date : entry.recordId;
}
