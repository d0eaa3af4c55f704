import { describe, expect, it } from 'vitest';
import { LANGUAGES, messagesIn } from '../i18n/catalogs.ts';
import { MAX_NOTE_LENGTH } from '../../../src/lib/domain/personal.ts';
import { MAX_PERSONAL_BYTES, PERSONAL_FORMAT, PERSONAL_VERSION, readPersonalFile } from '../../../src/lib/plan-files/personal-file.ts';
import type { FileProblem } from '../../../src/lib/plan-files/problems.ts';
import { makeMark, makeNote, makePlanFile } from '../factories.ts';
import type { Json } from './transfer-helpers.ts';

function personalText(edit: (file: Json) => void = () => {}): string {
  const file: Json = {
    format: PERSONAL_FORMAT,
    version: PERSONAL_VERSION,
    exportedAt: '2024-03-05T09:30:00.000Z',
    app: 'Quorum',
    marks: [makeMark(), makeMark({ recordId: 'item-1', kind: 'agendaItem', seen: null })],
    notes: [makeNote()],
  };
  edit(file);
  return JSON.stringify(file);
}

const HOSTILE: { name: string; input: () => string | Blob; key: FileProblem['key']; path: string }[] = [
  { name: 'an empty file', input: () => '', key: 'file.empty', path: '' },
  { name: 'text that is not JSON', input: () => 'mes notes', key: 'file.notJson', path: '' },
  { name: 'a file cut short', input: () => personalText().slice(0, 80), key: 'file.truncated', path: '' },
  { name: 'a JSON array', input: () => '[]', key: 'file.notPersonalFile', path: '' },
  { name: 'a plan file', input: () => JSON.stringify(makePlanFile()), key: 'file.isPlanFile', path: 'format' },
  { name: 'another format', input: () => personalText((f) => (f.format = 'evil')), key: 'file.notPersonalFile', path: 'format' },
  { name: 'a newer version', input: () => personalText((f) => (f.version = 9)), key: 'file.personalNewer', path: 'version' },
  { name: 'a version that is no number', input: () => personalText((f) => (f.version = '1')), key: 'file.versionInvalid', path: 'version' },
  { name: 'a prototype key', input: () => personalText().replace('"app"', '"__proto__":{"x":1},"app"'), key: 'file.forbiddenKey', path: '__proto__' },
  { name: 'notes that are no list', input: () => personalText((f) => (f.notes = {})), key: 'file.notList', path: 'notes' },
  { name: 'a kind no record has', input: () => personalText((f) => (f.marks[0].kind = 'plans')), key: 'file.choiceInvalid', path: 'marks[0].kind' },
  {
    name: 'an id with control characters',
    input: () => personalText((f) => (f.notes[0].recordId = 'a\u0000b')),
    key: 'file.idInvalid',
    path: 'notes[0].recordId',
  },
  { name: 'an empty id', input: () => personalText((f) => (f.marks[0].planId = '')), key: 'file.idInvalid', path: 'marks[0].planId' },
  {
    name: 'a note too long',
    input: () => personalText((f) => (f.notes[0].text = 'x'.repeat(MAX_NOTE_LENGTH + 1))),
    key: 'file.tooLong',
    path: 'notes[0].text',
  },
  { name: 'a note that is no text', input: () => personalText((f) => (f.notes[0].text = 42)), key: 'file.notText', path: 'notes[0].text' },
  {
    name: 'an impossible date seen',
    input: () => personalText((f) => (f.marks[0].seen.startDate = '2011-02-30')),
    key: 'file.dateInvalid',
    path: 'marks[0].seen.startDate',
  },
  {
    name: 'an unknown zone',
    input: () => personalText((f) => (f.marks[0].seen.timeZone = 'Mars/Olympus')),
    key: 'file.zoneUnknown',
    path: 'marks[0].seen.timeZone',
  },
  { name: 'a missing time of marking', input: () => personalText((f) => delete f.marks[0].markedAt), key: 'file.required', path: 'marks[0].markedAt' },
  { name: 'one note twice', input: () => personalText((f) => f.notes.push(f.notes[0])), key: 'file.personalDuplicate', path: 'notes[1]' },
  { name: 'bytes that are not UTF-8', input: () => new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]), key: 'file.notUtf8', path: '' },
  { name: 'a file over the size cap', input: () => new Blob([new Uint8Array(MAX_PERSONAL_BYTES + 1)]), key: 'file.tooLarge', path: '' },
];

describe('the personal backup file', () => {
  it('reads a valid file, dropping keys it does not know', async () => {
    const read = await readPersonalFile(personalText((f) => (f.notes[0].evil = '<script>')));
    expect(read).toEqual({
      ok: true,
      file: expect.objectContaining({ marks: [makeMark(), makeMark({ recordId: 'item-1', kind: 'agendaItem', seen: null })], notes: [makeNote()] }),
    });
  });

  it.each(HOSTILE)('refuses $name with a message saying why and where', async ({ input, key, path }) => {
    const read = await readPersonalFile(input());
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems[0]).toMatchObject({ key, path });
  });

  it('has every message it can give in the four languages', async () => {
    const keys = new Set<string>();
    for (const { input } of HOSTILE) {
      const read = await readPersonalFile(input());
      if (!read.ok) for (const p of read.problems) keys.add(p.key);
    }
    for (const lang of LANGUAGES) for (const key of keys) expect(messagesIn(lang)[key], `${key} in ${lang}`).toBeTruthy();
  });
});
