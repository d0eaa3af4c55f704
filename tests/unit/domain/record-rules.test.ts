import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { BUNDLE_TABLES, recordsOf } from '../../../src/lib/domain/bundle.ts';
import { generatePlan } from '../../support/generate-plan.ts';
import { RECORD_RULES, recordErrors, translationErrors, validateMilestone } from '../../../src/lib/domain/record-rules.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { validateMeeting } from '../../../src/lib/domain/validation.ts';
import { fr, makeBundle, makeMeeting, makeMilestone } from '../factories.ts';

/** Every field error of every record of `bundle`, with its table and id. */
function errorsOf(bundle: PlanBundle) {
  return BUNDLE_TABLES.flatMap((table) =>
    recordsOf(bundle, table).flatMap((record) => {
      const errors = recordErrors(table, record as never);
      return Object.keys(errors).length ? [{ table, id: record.id, errors }] : [];
    }),
  );
}

describe('recordErrors', () => {
  it('has a rule for every table', () => {
    expect(Object.keys(RECORD_RULES).sort()).toEqual([...BUNDLE_TABLES].sort());
  });

  it('finds nothing wrong in the embedded plan, the factories’ plan or a large generated one', () => {
    expect(errorsOf(mispaIII)).toEqual([]);
    expect(errorsOf(makeBundle())).toEqual([]);
    expect(errorsOf(generatePlan({ seed: 7, meetings: 200, agendaItems: 2_000, mandates: 50 }))).toEqual([]);
  });

  it('is the forms’ own validator for each kind of record', () => {
    const meeting = makeMeeting({ startTime: '14:00', endTime: '09:00' });
    expect(recordErrors('meetings', meeting)).toEqual(validateMeeting(meeting));
    expect(RECORD_RULES.meetings).toBe(validateMeeting);
  });
});

describe('translationErrors', () => {
  it('holds every translation of every text to the translation form’s maximum', () => {
    const long = 'x'.repeat(10_001);
    const section = makeBundle().sections[0]!;
    const record = { ...section, paragraphs: [{ id: 'p', text: { ...fr('Texte'), translations: { en: 'Text', es: long } } }] };
    expect(translationErrors(record)).toEqual({ 'paragraphs.0.text.translations.es': { key: 'validation.tooLong', params: { max: 10_000 } } });
    expect(recordErrors('sections', record)).toEqual({ 'paragraphs.0.text.translations.es': { key: 'validation.tooLong', params: { max: 10_000 } } });
    expect(translationErrors({ ...section, heading: { ...fr('H'), translations: { en: 'x'.repeat(10_000) } } })).toEqual({});
  });
});

describe('validateMilestone', () => {
  it('wants a title, and a place no longer than a name', () => {
    expect(validateMilestone(makeMilestone())).toEqual({});
    expect(validateMilestone(makeMilestone({ title: fr(' ') }))).toEqual({ title: { key: 'validation.required' } });
    expect(validateMilestone(makeMilestone({ place: fr('x'.repeat(301)) }))).toEqual({ place: { key: 'validation.tooLong', params: { max: 300 } } });
  });
});
