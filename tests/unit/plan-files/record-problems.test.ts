/*
 * One set of rules for forms and files: each case breaks one rule in one record, and the
 * form's validator, the form itself and the plan-file check must all refuse it, the file
 * naming the field (in the bundle, and in a history entry's version).
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { setTranslation, ValidationError } from '../../../src/lib/db/commands/index.ts';
import { recordErrors } from '../../../src/lib/domain/record-rules.ts';
import type { PlanBundle, RecordTable } from '../../../src/lib/domain/types.ts';
import type { ValidationMessage } from '../../../src/lib/domain/validation.ts';
import { agendaErrors, agendaValues } from '../../../src/lib/forms/agenda-form.ts';
import { mandateErrors, mandateValues } from '../../../src/lib/forms/mandate-form.ts';
import { meetingErrors, meetingValues } from '../../../src/lib/forms/meeting-form.ts';
import { planErrors, planValues } from '../../../src/lib/forms/plan-form.ts';
import { documentErrors, documentValues, resolutionErrors, resolutionValues } from '../../../src/lib/forms/reference-form.ts';
import { paragraphErrors, paragraphValues, sectionErrors, sectionValues } from '../../../src/lib/forms/section-form.ts';
import { readableParams } from '../../../src/lib/i18n/clock-words.ts';
import { t } from '../../../src/lib/i18n/index.ts';
import { readIcsFile } from '../../../src/lib/ical/ics-import.ts';
import type { FileProblem } from '../../../src/lib/plan-files/problems.ts';
import { checkPlanFileValue } from '../../../src/lib/plan-files/read-file.ts';
import { fieldPath } from '../../../src/lib/plan-files/record-problems.ts';
import { fr, makeBundle, makePlanFile } from '../factories.ts';
import { seededDb } from '../db/db-helpers.ts';
import { FILE_PLAN } from './transfer-helpers.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- records bent into any wrong shape, on purpose
type Rec = Record<string, any>;

type RuleCase = {
  rule: string;
  table: RecordTable;
  /** Breaks the rule in the first record of `table`. */
  fault: (record: Rec) => void;
  /** The field as the domain validator names it. */
  field: string;
  message: ValidationMessage;
  /** The form's message for that record. */
  form: (record: Rec) => string | undefined | Promise<string | undefined>;
  fileKey: FileProblem['key'];
};

const LANG = 'fr';
const x = (n: number) => 'x'.repeat(n);

/** What the translation form (TranslationPanel) says when saving `text` as a heading's translation: setTranslation's refusal. */
async function translationForm(text: string): Promise<string | undefined> {
  const db = await seededDb();
  const error = await setTranslation(db, 'sections', mispaIII.sections[0]!.id, 'heading', 'en', text).catch((e: unknown) => e);
  const message = error instanceof ValidationError ? error.errors.translation : undefined;
  return message && t(message.key, message.params);
}

const meetingForm = (field: 'title' | 'startDate' | 'endDate' | 'startTime' | 'endTime' | 'startOffset' | 'endOffset' | 'notes') => (m: Rec) =>
  meetingErrors(meetingValues(mispaIII.plan, m as never), LANG)[field];

const CASES: RuleCase[] = [
  {
    rule: 'an end time before the start on the same day',
    table: 'meetings',
    fault: (m) => Object.assign(m, { startTime: '14:00', endTime: '09:00' }),
    field: 'endTime',
    message: { key: 'validation.endTimeBeforeStart' },
    form: meetingForm('endTime'),
    fileKey: 'file.endTimeBeforeStart',
  },
  {
    rule: 'an end time equal to the start on the same day',
    table: 'meetings',
    fault: (m) => Object.assign(m, { startTime: '14:00', endTime: '14:00', endDate: m.startDate }),
    field: 'endTime',
    message: { key: 'validation.endTimeBeforeStart' },
    form: meetingForm('endTime'),
    fileKey: 'file.endTimeBeforeStart',
  },
  {
    rule: 'an end date before the start date',
    table: 'meetings',
    fault: (m) => Object.assign(m, { endDate: '2011-09-14' }),
    field: 'endDate',
    message: { key: 'validation.endBeforeStart' },
    form: meetingForm('endDate'),
    fileKey: 'file.endBeforeStart',
  },
  {
    rule: 'an end time without a start time',
    table: 'meetings',
    fault: (m) => Object.assign(m, { endTime: '10:00' }),
    field: 'endTime',
    message: { key: 'validation.endTimeNeedsStart' },
    form: meetingForm('endTime'),
    fileKey: 'file.endTimeNeedsStart',
  },
  {
    rule: 'an impossible date (a meeting’s start)',
    table: 'meetings',
    fault: (m) => Object.assign(m, { startDate: '2011-02-30' }),
    field: 'startDate',
    message: { key: 'validation.dateInvalid', params: { value: '2011-02-30' } },
    form: meetingForm('startDate'),
    fileKey: 'file.dateInvalid',
  },
  {
    rule: 'an impossible date (a mandate’s due date)',
    table: 'mandates',
    fault: (m) => Object.assign(m, { dueDate: '2012-04-31' }),
    field: 'dueDate',
    message: { key: 'validation.dateInvalid', params: { value: '2012-04-31' } },
    form: (m) => mandateErrors(mandateValues(m as never), LANG).dueDate,
    fileKey: 'file.dateInvalid',
  },
  {
    rule: 'an untitled meeting other than the group’s',
    table: 'meetings',
    fault: (m) => {
      m.kind = 'ministerial';
      delete m.title;
    },
    field: 'title',
    message: { key: 'validation.required' },
    form: meetingForm('title'),
    fileKey: 'file.textRequired',
  },
  {
    rule: 'an empty mandate text',
    table: 'mandates',
    fault: (m) => {
      m.text = fr('');
    },
    field: 'text',
    message: { key: 'validation.required' },
    form: (m) => mandateErrors(mandateValues(m as never), LANG).text,
    fileKey: 'file.textRequired',
  },
  {
    rule: 'a blank section heading',
    table: 'sections',
    fault: (s) => {
      s.heading = fr('   ');
    },
    field: 'heading',
    message: { key: 'validation.required' },
    form: (s) => sectionErrors(sectionValues(s as never), LANG).heading,
    fileKey: 'file.textRequired',
  },
  {
    rule: 'an empty paragraph',
    table: 'sections',
    fault: (s) => {
      s.paragraphs[0].text = fr('');
    },
    field: 'paragraphs.0.text',
    message: { key: 'validation.required' },
    form: (s) => paragraphErrors(paragraphValues(s.paragraphs[0]), LANG).text,
    fileKey: 'file.textRequired',
  },
  {
    rule: 'an empty agenda item',
    table: 'agendaItems',
    fault: (a) => {
      a.text = fr('');
    },
    field: 'text',
    message: { key: 'validation.required' },
    form: (a) => agendaErrors(agendaValues(a as never), LANG).text,
    fileKey: 'file.textRequired',
  },
  {
    rule: 'an empty plan title',
    table: 'plans',
    fault: (p) => {
      p.title = fr('');
    },
    field: 'title',
    message: { key: 'validation.required' },
    form: (p) => planErrors(planValues(p as never), p as never).title,
    fileKey: 'file.textRequired',
  },
  {
    rule: 'a blank resolution symbol',
    table: 'resolutions',
    fault: (r) => {
      r.symbol = ' ';
    },
    field: 'symbol',
    message: { key: 'validation.required' },
    form: (r) => resolutionErrors(resolutionValues(r as never), LANG).symbol,
    fileKey: 'file.textRequired',
  },
  {
    rule: 'an empty document symbol',
    table: 'documents',
    fault: (d) => {
      d.symbol = '';
    },
    field: 'symbol',
    message: { key: 'validation.required' },
    form: (d) => documentErrors(documentValues(d as never), LANG, []).symbol,
    fileKey: 'file.textRequired',
  },
  {
    rule: 'an over-long meeting title',
    table: 'meetings',
    fault: (m) => {
      m.title = fr(x(301));
    },
    field: 'title',
    message: { key: 'validation.tooLong', params: { max: 300 } },
    form: meetingForm('title'),
    fileKey: 'file.tooLong',
  },
  {
    rule: 'over-long meeting notes',
    table: 'meetings',
    fault: (m) => {
      m.notes = fr(x(10_001));
    },
    field: 'notes',
    message: { key: 'validation.tooLong', params: { max: 10_000 } },
    form: meetingForm('notes'),
    fileKey: 'file.tooLong',
  },
  {
    rule: 'an over-long short title',
    table: 'plans',
    fault: (p) => {
      p.shortTitle = fr(x(81));
    },
    field: 'shortTitle',
    message: { key: 'validation.tooLong', params: { max: 80 } },
    form: (p) => planErrors(planValues(p as never), p as never).shortTitle,
    fileKey: 'file.tooLong',
  },
  {
    rule: 'an over-long agenda item',
    table: 'agendaItems',
    fault: (a) => {
      a.text = fr(x(2_001));
    },
    field: 'text',
    message: { key: 'validation.tooLong', params: { max: 2_000 } },
    form: (a) => agendaErrors(agendaValues(a as never), LANG).text,
    fileKey: 'file.tooLong',
  },
  {
    rule: 'an over-long translation',
    table: 'sections',
    fault: (s) => {
      s.heading = { ...s.heading, translations: { en: x(10_001) } };
    },
    field: 'heading.translations.en',
    message: { key: 'validation.tooLong', params: { max: 10_000 } },
    form: (s) => translationForm(s.heading.translations.en),
    fileKey: 'file.tooLong',
  },
  {
    rule: 'a start time the clocks skip (spring forward)',
    table: 'meetings',
    fault: (m) => Object.assign(m, { startDate: '2011-03-13', startTime: '02:30', timeZone: 'America/New_York' }),
    field: 'startTime',
    message: { key: 'validation.timeSkipped', params: { time: '02:30', day: '2011-03-13', zone: 'America/New_York', from: '02:00', to: '03:00' } },
    form: meetingForm('startTime'),
    fileKey: 'file.timeSkipped',
  },
  {
    rule: 'an end time the clocks skip on a later day of a meeting over several days',
    table: 'meetings',
    fault: (m) => Object.assign(m, { startDate: '2011-03-12', endDate: '2011-03-14', startTime: '01:00', endTime: '02:15', timeZone: 'America/New_York' }),
    field: 'endTime',
    message: { key: 'validation.timeSkipped', params: { time: '02:15', day: '2011-03-13', zone: 'America/New_York', from: '02:00', to: '03:00' } },
    form: meetingForm('endTime'),
    fileKey: 'file.timeSkipped',
  },
  {
    rule: 'a start time the clocks show twice (fall back), without saying which',
    table: 'meetings',
    fault: (m) => Object.assign(m, { startDate: '2011-11-06', startTime: '01:30', timeZone: 'America/New_York' }),
    field: 'startOffset',
    message: {
      key: 'validation.timeTwice',
      params: { time: '01:30', day: '2011-11-06', zone: 'America/New_York', from: '02:00', to: '01:00', firstOffset: -240, secondOffset: -300 },
    },
    form: meetingForm('startOffset'),
    fileKey: 'file.timeTwice',
  },
  {
    rule: 'an end time shown twice with an offset that is not one of its two',
    table: 'meetings',
    fault: (m) => Object.assign(m, { startDate: '2011-11-06', startTime: '00:30', endTime: '01:30', endOffset: -360, timeZone: 'America/New_York' }),
    field: 'endOffset',
    message: { key: 'validation.offsetInvalid', params: { time: '01:30', day: '2011-11-06', zone: 'America/New_York', offset: -360 } },
    form: meetingForm('endOffset'),
    fileKey: 'file.offsetInvalid',
  },
  {
    rule: 'a time shown twice on a later day of a meeting over several days',
    table: 'meetings',
    fault: (m) => Object.assign(m, { startDate: '2011-11-05', endDate: '2011-11-07', startTime: '01:30', timeZone: 'America/New_York' }),
    field: 'startTime',
    message: { key: 'validation.timeTwiceLaterDay', params: { time: '01:30', day: '2011-11-06', zone: 'America/New_York', from: '02:00', to: '01:00' } },
    form: meetingForm('startTime'),
    fileKey: 'file.timeTwiceLaterDay',
  },
];

function firstRecord(bundle: PlanBundle, table: RecordTable): Rec {
  return (table === 'plans' ? bundle.plan : bundle[table][0]) as Rec;
}

const recordPath = (table: RecordTable) => (table === 'plans' ? 'plans[0].bundle.plan' : `plans[0].bundle.${table}[0]`);

/** The problems of a plan file holding `bundle` (and `history`), as JSON would carry it. */
function fileProblems(bundle: PlanBundle, history?: unknown[]): FileProblem[] {
  const file = JSON.parse(JSON.stringify(makePlanFile([{ bundle, ...(history ? { history } : {}) } as never])));
  const result = checkPlanFileValue(file);
  return result.ok ? [] : result.problems;
}

function broken(c: RuleCase): { bundle: PlanBundle; before: Rec; after: Rec } {
  const bundle = makeBundle(FILE_PLAN);
  const record = firstRecord(bundle, c.table);
  const before = structuredClone(record);
  c.fault(record);
  return { bundle, before, after: record };
}

describe('one set of rules for forms and files', () => {
  it.each(CASES)('$rule: the validator refuses it', (c) => {
    const { after } = broken(c);
    expect(recordErrors(c.table, after as never)).toEqual({ [c.field]: c.message });
  });

  it.each(CASES)('$rule: the form refuses it, with the same message', async (c) => {
    expect(await c.form(broken(c).after)).toBe(t(c.message.key, readableParams(c.message.params)));
  });

  it.each(CASES)('$rule: a plan file is refused, naming the field', (c) => {
    const { bundle } = broken(c);
    const at = `${recordPath(c.table)}.${fieldPath(c.field)}`;
    expect(fileProblems(bundle)).toEqual([c.message.params ? { path: at, key: c.fileKey, params: c.message.params } : { path: at, key: c.fileKey }]);
  });

  it.each(CASES)('$rule: a history entry that could put it back is refused too', (c) => {
    const { before, after } = broken(c);
    const bundle = makeBundle(FILE_PLAN);
    const entry = {
      planId: FILE_PLAN,
      batch: 'b1',
      command: 'update',
      at: '2024-03-01T10:00:00.000Z',
      table: c.table,
      recordId: before.id,
      op: 'update',
      before,
      after,
    };
    const problems = fileProblems(bundle, [entry]);
    // A date the schema refuses is named by it; the others by the rule, at the version's field.
    expect(problems.map((p) => [p.path, p.key])).toEqual([[`plans[0].history[0].after.${fieldPath(c.field)}`, c.fileKey]]);
  });

  it('accepts the records every case starts from, and the embedded plan', () => {
    expect(fileProblems(makeBundle(FILE_PLAN))).toEqual([]);
    expect(fileProblems(mispaIII)).toEqual([]);
  });

  it('gives the .ics import the same rules: an event whose title is longer than a form allows is refused, that event only', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Other Corp//Calendar 1.0//EN',
      'BEGIN:VEVENT',
      'DTSTAMP:20240101T000000Z',
      'UID:long@example.org',
      `SUMMARY:${x(301)}`,
      'DTSTART:20110915T140000Z',
      'DTEND:20110915T160000Z',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const result = await readIcsFile(ics, mispaIII, new Date('2024-03-01T10:00:00.000Z'));
    // Its only event skipped, nothing is left to import: the event's problem is the file's.
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.key, p.params?.max])).toEqual([['events[0].SUMMARY', 'file.ics.tooLongForForm', 300]]);
  });
});

describe('fieldPath', () => {
  it('writes a form’s field path as a path in the file', () => {
    expect(fieldPath('paragraphs.2.text')).toBe('paragraphs[2].text');
    expect(fieldPath('responsible.0')).toBe('responsible[0]');
    expect(fieldPath('chair.name')).toBe('chair.name');
  });
});
