import { afterEach, describe, expect, it } from 'vitest';
import { messagesIn } from '../i18n/catalogs.ts';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { MAX_DEPTH, MAX_FILE_BYTES, MAX_LIST_LENGTH, MAX_PROBLEMS, MAX_STRING_LENGTH } from '../../../src/lib/plan-files/format.ts';
import { readPlanFile } from '../../../src/lib/plan-files/read-file.ts';
import type { FileProblem } from '../../../src/lib/plan-files/problems.ts';
import { makeAgendaItem, makeBundle, makeHistoryEntry, makeMeeting, makeV1PlanFile } from '../factories.ts';
import { addBundle, seededDb } from '../db/db-helpers.ts';
import { FILE_PLAN, fileText, snapshot, tryImport, type Json } from './transfer-helpers.ts';

const M0 = 'plans[0].bundle.meetings[0]';
const own = (json: Json, value: unknown, key: string) => Object.defineProperty(json, key, { value, enumerable: true, configurable: true, writable: true });
const pollution = () => JSON.parse('{"polluted": true}') as Json;
const nested = (depth: number): unknown => (depth === 0 ? 'deep' : [nested(depth - 1)]);

type BadFile = { name: string; input: () => Blob | string; key: FileProblem['key']; path: string; params?: object };

const BAD_FILES: BadFile[] = [
  { name: 'an empty file', input: () => '', key: 'file.empty', path: '' },
  { name: 'text that is not JSON', input: () => 'Ordre du jour de la réunion', key: 'file.notJson', path: '' },
  { name: 'broken JSON', input: () => '{"format": "quorum-plan",, }', key: 'file.notJson', path: '' },
  { name: 'JSON cut short in transit', input: () => fileText().slice(0, 900), key: 'file.truncated', path: '' },
  { name: 'JSON cut inside a string', input: () => fileText().slice(0, fileText().indexOf('MISPA') + 2), key: 'file.truncated', path: '' },
  { name: 'a calendar file', input: () => 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', key: 'file.isCalendar', path: '' },
  { name: 'a JSON array', input: () => '[1, 2, 3]', key: 'file.notPlanFile', path: '' },
  { name: 'a JSON number', input: () => '42', key: 'file.notPlanFile', path: '' },
  { name: 'JSON without a format name', input: () => fileText((f) => delete f.format), key: 'file.notPlanFile', path: 'format' },
  {
    name: 'another format name',
    input: () =>
      fileText((f) => {
        f.format = 'excel-export';
      }),
    key: 'file.wrongFormat',
    path: 'format',
    params: { found: 'excel-export' },
  },
  {
    name: 'a future format version',
    input: () =>
      fileText((f) => {
        f.version = 3;
      }),
    key: 'file.newerVersion',
    path: 'version',
    params: { version: 3, supported: 2 },
  },
  {
    name: 'a version that is text',
    input: () =>
      fileText((f) => {
        f.version = '2';
      }),
    key: 'file.versionInvalid',
    path: 'version',
  },
  {
    name: 'version 0',
    input: () =>
      fileText((f) => {
        f.version = 0;
      }),
    key: 'file.versionInvalid',
    path: 'version',
  },
  { name: 'a file over the size cap (Blob)', input: () => new Blob(['x'.repeat(MAX_FILE_BYTES + 1)]), key: 'file.tooLarge', path: '' },
  { name: 'a text over the size cap in UTF-8', input: () => 'é'.repeat(MAX_FILE_BYTES / 2 + 1), key: 'file.tooLarge', path: '' },
  { name: 'no plans list', input: () => fileText((f) => delete f.plans), key: 'file.required', path: 'plans' },
  {
    name: 'an empty plans list',
    input: () =>
      fileText((f) => {
        f.plans = [];
      }),
    key: 'file.noPlans',
    path: 'plans',
  },
  {
    name: 'a missing required field',
    input: () => fileText((f) => delete f.plans[0].bundle.meetings[0].startDate),
    key: 'file.required',
    path: `${M0}.startDate`,
  },
  {
    name: 'a number written as text',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.meetings[0].sequence = 'two';
      }),
    key: 'file.notNumber',
    path: `${M0}.sequence`,
  },
  {
    name: 'text where an object is expected',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.plan.title = 'Plan';
      }),
    key: 'file.notObject',
    path: 'plans[0].bundle.plan.title',
  },
  {
    name: 'a status not in the list',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.meetings[0].status = 'maybe';
      }),
    key: 'file.choiceInvalid',
    path: `${M0}.status`,
  },
  {
    name: 'a date that does not exist',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.meetings[0].startDate = '2011-02-30';
      }),
    key: 'file.dateInvalid',
    path: `${M0}.startDate`,
    params: { value: '2011-02-30' },
  },
  {
    name: 'a time that does not exist',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.meetings[0].startTime = '25:00';
      }),
    key: 'file.timeInvalid',
    path: `${M0}.startTime`,
  },
  {
    name: 'an unknown time zone',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.meetings[0].timeZone = 'Mars/Olympus_Mons';
      }),
    key: 'file.zoneUnknown',
    path: `${M0}.timeZone`,
  },
  {
    name: 'an invalid instant',
    input: () =>
      fileText((f) => {
        f.exportedAt = 'yesterday';
      }),
    key: 'file.instantInvalid',
    path: 'exportedAt',
  },
  {
    name: 'an invalid language tag',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.plan.language = 'français!';
      }),
    key: 'file.languageInvalid',
    path: 'plans[0].bundle.plan.language',
  },
  {
    name: 'a meeting ending before it starts',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.meetings[0].endDate = '2011-09-01';
      }),
    key: 'file.endBeforeStart',
    path: `${M0}.endDate`,
  },
  {
    name: 'two meetings with one id',
    input: () =>
      fileText((f) => {
        const m = f.plans[0].bundle.meetings;
        m.push({ ...m[0] });
      }),
    key: 'file.duplicateId',
    path: 'plans[0].bundle.meetings[1].id',
    params: { id: `${FILE_PLAN}/wg`, first: M0 },
  },
  {
    name: 'one id in two plans of the file',
    input: () =>
      fileText((f) => {
        f.plans.push(JSON.parse(JSON.stringify(f.plans[0])));
      }),
    key: 'file.duplicateId',
    path: 'plans[1].bundle.plan.id',
  },
  {
    name: 'an agenda item of a meeting that does not exist',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.agendaItems[0].meetingId = 'nope';
      }),
    key: 'file.referenceUnknown',
    path: 'plans[0].bundle.agendaItems[0].meetingId',
    params: { id: 'nope' },
  },
  {
    name: 'a document cited in a missing milestone',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.milestones = [];
      }),
    key: 'file.referenceUnknown',
    path: 'plans[0].bundle.documents[0].citedIn[3].id',
  },
  {
    name: 'a record of another plan',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.meetings[0].planId = 'plan-1';
      }),
    key: 'file.wrongPlan',
    path: `${M0}.planId`,
  },
  {
    name: 'sections that are their own parents',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.sections[0].parentId = `${FILE_PLAN}/s1.1`;
      }),
    key: 'file.parentCycle',
    path: 'plans[0].bundle.sections[0].parentId',
  },
  {
    name: 'too many records in a list',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.agendaItems = Array.from({ length: MAX_LIST_LENGTH + 1 }, (_, i) => ({ ...f.plans[0].bundle.agendaItems[0], id: `a${i}` }));
      }),
    key: 'file.tooMany',
    path: 'plans[0].bundle.agendaItems',
    params: { max: MAX_LIST_LENGTH },
  },
  {
    name: 'a text over the length cap',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.agendaItems[0].text.text = 'x'.repeat(MAX_STRING_LENGTH + 1);
      }),
    key: 'file.tooLong',
    path: 'plans[0].bundle.agendaItems[0].text.text',
  },
  {
    name: 'nesting deeper than the cap',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.meetings[0].extra = nested(MAX_DEPTH);
      }),
    key: 'file.tooDeep',
    path: `${M0}.extra${'[0]'.repeat(MAX_DEPTH - 6)}`,
    params: { max: MAX_DEPTH },
  },
  {
    name: 'a __proto__ key',
    input: () => fileText((f) => own(f.plans[0].bundle.meetings[0], pollution(), '__proto__')),
    key: 'file.forbiddenKey',
    path: `${M0}.__proto__`,
    params: { key: '__proto__' },
  },
  {
    name: 'a constructor.prototype key',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.plan.constructor = { prototype: pollution() };
      }),
    key: 'file.forbiddenKey',
    path: 'plans[0].bundle.plan.constructor',
  },
  {
    name: 'a prototype key in translations',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.plan.title.translations = { prototype: 'x' };
      }),
    key: 'file.forbiddenKey',
    path: 'plans[0].bundle.plan.title.translations.prototype',
  },
  {
    name: 'a javascript: contact link',
    input: () =>
      fileText((f) => {
        f.contact = 'javascript:alert(1)';
      }),
    key: 'file.urlInvalid',
    path: 'contact',
    params: { value: 'javascript:alert(1)' },
  },
  {
    name: 'a data: contact link',
    input: () =>
      fileText((f) => {
        f.contact = 'data:text/html,<script>alert(1)</script>';
      }),
    key: 'file.urlInvalid',
    path: 'contact',
  },
  {
    name: 'a history entry about another record',
    input: () =>
      fileText((f) => {
        f.plans[0].history = [history({ recordId: 'other' })];
      }),
    key: 'file.historyMismatch',
    path: 'plans[0].history[0].recordId',
  },
  {
    name: 'a history entry for an unknown table',
    input: () =>
      fileText((f) => {
        f.plans[0].history = [{ ...history(), table: 'users' }];
      }),
    key: 'file.choiceInvalid',
    path: 'plans[0].history[0].table',
  },
  {
    name: 'a history entry whose record is invalid',
    input: () =>
      fileText((f) => {
        f.plans[0].history = [history({ after: { ...makeMeeting({ planId: FILE_PLAN }), startDate: '2011-13-01' } })];
      }),
    key: 'file.dateInvalid',
    path: 'plans[0].history[0].after.startDate',
  },
  {
    name: 'a mandate due on a day that does not exist',
    input: () =>
      fileText((f) => {
        f.plans[0].bundle.mandates[0].dueDate = '2011-02-30';
      }),
    key: 'file.dateInvalid',
    path: 'plans[0].bundle.mandates[0].dueDate',
  },
  {
    name: 'a version 1 file with a bad date',
    input: () =>
      JSON.stringify(
        v1With((b) => {
          b.meetings[0].startDate = '2011-04-31';
        }),
      ),
    key: 'file.dateInvalid',
    path: `${M0}.startDate`,
  },
];

function history(overrides: Json = {}): Json {
  const meeting = makeMeeting({ id: `${FILE_PLAN}/wg`, planId: FILE_PLAN });
  return { ...makeHistoryEntry({ planId: FILE_PLAN, recordId: meeting.id, before: meeting, after: { ...meeting, startTime: '10:00' } }), ...overrides };
}

function v1With(edit: (bundle: Json) => void): Json {
  const file = makeV1PlanFile([makeBundle(FILE_PLAN)]) as Json;
  edit(file.plans[0].bundle);
  return file;
}

afterEach(() => {
  expect(({} as Json).polluted).toBeUndefined();
  expect((Object.prototype as Json).polluted).toBeUndefined();
});

describe('a bad file gets a clear message and writes nothing', () => {
  it.each(BAD_FILES)(
    '$name',
    async ({ input, key, path, params }) => {
      const db = await seededDb();
      await addBundle(db, makeBundle('plan-1'));
      const before = await snapshot(db);
      const attempt = await tryImport(db, input());
      expect(attempt.read.ok).toBe(false);
      const problems = attempt.read.ok ? [] : attempt.read.problems;
      expect(problems[0]).toMatchObject({ key, path, ...(params ? { params } : {}) });
      expect(await snapshot(db)).toBe(before);
    },
    60_000,
  ); // Files at the caps (50 MB, 100,000 records) take seconds in jsdom.

  it('covers at least 25 kinds of bad file', () => {
    expect(new Set(BAD_FILES.map((f) => f.name)).size).toBeGreaterThanOrEqual(25);
  });

  it('refuses at apply a file whose records belong to another plan here, and writes nothing', async () => {
    const db = await seededDb();
    await addBundle(db, makeBundle('plan-1'));
    const before = await snapshot(db);
    const text = fileText((f) => {
      const item = makeAgendaItem({ id: 'plan-1/wg/a1', planId: FILE_PLAN, meetingId: `${FILE_PLAN}/wg` });
      f.plans[0].bundle.agendaItems.push(item);
    });
    const attempt = await tryImport(db, text);
    expect(attempt.read.ok).toBe(true);
    expect(attempt.error).toEqual([{ path: 'plans[0].bundle.agendaItems[2].id', key: 'file.idTakenByOtherPlan', params: { id: 'plan-1/wg/a1' } }]);
    expect(await snapshot(db)).toBe(before);
  });

  it('checks the size of a Blob before reading it', async () => {
    const MIB = 1024 * 1024;
    let read = false;
    const huge = {
      size: MAX_FILE_BYTES + 1,
      text: async () => {
        read = true;
        return '';
      },
    } as unknown as Blob;
    const result = await readPlanFile(huge);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '', key: 'file.tooLarge', params: { size: MAX_FILE_BYTES / MIB + 1, max: MAX_FILE_BYTES / MIB } }],
    });
    expect(read).toBe(false);
  });

  it('says a file cannot be read when the browser fails to read it', async () => {
    const broken = { size: 10, arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) } as unknown as Blob;
    expect(await readPlanFile(broken)).toEqual({ ok: false, problems: [{ path: '', key: 'file.readFailed' }] });
  });

  it('lists at most MAX_PROBLEMS problems, then how many more there are', async () => {
    const text = fileText((f) => {
      f.plans[0].bundle.meetings = Array.from({ length: 30 }, (_, i) => ({ ...makeMeeting({ planId: FILE_PLAN, id: `m${i}` }), startDate: '2011-02-30' }));
      f.plans[0].bundle.agendaItems = [];
      f.plans[0].bundle.documents = [];
    });
    const result = await readPlanFile(text);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)).toEqual({ path: '', key: 'file.moreProblems', params: { count: 10 } });
    expect(problems[3]).toMatchObject({ path: 'plans[0].bundle.meetings[3].startDate', key: 'file.dateInvalid', params: { value: '2011-02-30' } });
  });

  it('every message key exists in the interface strings, with typographic apostrophes only', async () => {
    const messages: Record<string, string> = messagesIn('fr');
    for (const { key } of BAD_FILES) expect(Object.keys(messages)).toContain(key);
    const fileTexts = Object.entries(messages).filter(([key]) => key.startsWith('file.'));
    expect(fileTexts.filter(([, text]) => text.includes("'"))).toEqual([]);
  });
});

describe('what a file may hold but never executes', () => {
  it('keeps markup and javascript: in texts as plain text, and drops keys the format does not know', async () => {
    const db = await seededDb();
    const markup = '<img src=x onerror="alert(1)"> <a href="javascript:alert(2)">lien</a>';
    const text = fileText((f) => {
      f.plans[0].bundle.agendaItems[0].text.text = markup;
      f.plans[0].bundle.meetings[0].onclick = 'alert(3)';
      f.plans[0].bundle.plan.isAdmin = true;
      f.contact = 'mailto:secretariat@example.org';
    });
    const attempt = await tryImport(db, text);
    expect(attempt.applied?.plans).toMatchObject([{ planId: FILE_PLAN, kind: 'new' }]);
    expect((await db.agendaItems.get(`${FILE_PLAN}/wg/a1`))?.text.text).toBe(markup);
    expect(await db.meetings.get(`${FILE_PLAN}/wg`)).not.toHaveProperty('onclick');
    expect(await db.plans.get(FILE_PLAN)).not.toHaveProperty('isAdmin');
  });

  it('accepts http(s), mailto: and tel: contact links', async () => {
    for (const contact of ['https://oas.org/csh', 'http://example.org', 'mailto:a@b.org', 'tel:+12025551234']) {
      expect(
        (
          await readPlanFile(
            fileText((f) => {
              f.contact = contact;
            }),
          )
        ).ok,
        contact,
      ).toBe(true);
    }
  });

  it('reads a valid file (the base of every bad file above)', async () => {
    const result = await readPlanFile(new Blob([fileText()]));
    expect(result.ok).toBe(true);
    expect(new QuorumDatabase().name).toBe('quorum');
  });
});
