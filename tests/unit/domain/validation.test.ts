import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { t } from '../../../src/lib/i18n/index.ts';
import {
  AGENDA_ITEM_MAX,
  NOTE_MAX,
  TITLE_MAX,
  hasErrors,
  validateAgendaItem,
  validateDocumentRef,
  validateMandate,
  validateMeeting,
  validateParagraph,
  validatePlan,
  validateResolution,
  validateSection,
} from '../../../src/lib/domain/validation.ts';
import { fr, makeAgendaItem, makeDocumentRef, makeMandate, makeMeeting, makePlan, makeSection } from '../factories.ts';

describe('the embedded plan', () => {
  it('is valid record by record', () => {
    const all = [
      validatePlan(mispaIII.plan),
      ...mispaIII.sections.map(validateSection),
      ...mispaIII.resolutions.map(validateResolution),
      ...mispaIII.mandates.map(validateMandate),
      ...mispaIII.meetings.map(validateMeeting),
      ...mispaIII.agendaItems.map(validateAgendaItem),
      ...mispaIII.documents.map(validateDocumentRef),
    ];
    expect(all.filter(hasErrors)).toEqual([]);
  });
});

describe('validateMeeting', () => {
  it('accepts a whole-day meeting whose optional fields a form left blank', () => {
    expect(validateMeeting(makeMeeting({ endDate: '', startTime: '', endTime: '', place: fr('  ') }))).toEqual({});
  });

  it('refuses an end date before the start date', () => {
    expect(validateMeeting(makeMeeting({ startDate: '2011-11-18', endDate: '2011-11-17' }))).toEqual({
      endDate: { key: 'validation.endBeforeStart' },
    });
  });

  it('refuses a date that does not exist, quoting it', () => {
    const errors = validateMeeting(makeMeeting({ startDate: '2011-02-30', endDate: '15/09/2011' }));
    expect(errors.startDate).toEqual({ key: 'validation.dateInvalid', params: { value: '2011-02-30' } });
    expect(errors.endDate).toEqual({ key: 'validation.dateInvalid', params: { value: '15/09/2011' } });
    expect(t(errors.startDate!.key, errors.startDate!.params)).toBe('« 2011-02-30 » n’est pas une date qui existe.');
  });

  it('requires a start date', () => {
    expect(validateMeeting(makeMeeting({ startDate: '' })).startDate).toEqual({ key: 'validation.required' });
  });

  it('refuses a time without a time zone, and an unknown zone', () => {
    expect(validateMeeting(makeMeeting({ startTime: '10:00', timeZone: '' })).timeZone).toEqual({ key: 'validation.timeNeedsZone' });
    expect(validateMeeting(makeMeeting({ timeZone: '' })).timeZone).toEqual({ key: 'validation.required' });
    expect(validateMeeting(makeMeeting({ timeZone: 'Mars/Olympus' })).timeZone).toEqual({
      key: 'validation.zoneUnknown',
      params: { value: 'Mars/Olympus' },
    });
  });

  it('refuses a time that is not HH:MM, and an end time without a start', () => {
    expect(validateMeeting(makeMeeting({ startTime: '25:00' })).startTime).toEqual({ key: 'validation.timeInvalid', params: { value: '25:00' } });
    expect(validateMeeting(makeMeeting({ startTime: '9h' })).startTime?.key).toBe('validation.timeInvalid');
    expect(validateMeeting(makeMeeting({ endTime: '12:00' })).endTime).toEqual({ key: 'validation.endTimeNeedsStart' });
  });

  it('refuses an end time not after the start on a one-day meeting, not on a longer one', () => {
    const oneDay = { startTime: '14:00', endTime: '10:00' };
    expect(validateMeeting(makeMeeting(oneDay)).endTime).toEqual({ key: 'validation.endTimeBeforeStart' });
    expect(validateMeeting(makeMeeting({ startTime: '10:00', endTime: '10:00' })).endTime?.key).toBe('validation.endTimeBeforeStart');
    expect(validateMeeting(makeMeeting({ ...oneDay, endDate: '2011-09-16' }))).toEqual({});
  });

  it('requires a title except for working-group meetings, and limits its length', () => {
    expect(validateMeeting(makeMeeting({ kind: 'ministerial' })).title).toEqual({ key: 'validation.required' });
    expect(validateMeeting(makeMeeting({ kind: 'working-group' })).title).toBeUndefined();
    expect(validateMeeting(makeMeeting({ title: fr('x'.repeat(TITLE_MAX + 1)) })).title).toEqual({
      key: 'validation.tooLong',
      params: { max: TITLE_MAX },
    });
    expect(validateMeeting(makeMeeting({ title: fr('x'.repeat(TITLE_MAX)) })).title).toBeUndefined();
  });

  it('refuses a kind or status that does not exist', () => {
    const errors = validateMeeting({ ...makeMeeting(), kind: 'party' as never, status: 'maybe' as never });
    expect(Object.keys(errors).sort()).toEqual(['kind', 'status', 'title']);
    expect(errors.status).toEqual({ key: 'validation.choiceInvalid' });
  });
});

describe('validatePlan', () => {
  it('requires a title, a short title, a known zone and language', () => {
    const errors = validatePlan(makePlan({ title: fr(' '), shortTitle: fr(''), timeZone: 'Nowhere', language: 'not a tag' }));
    expect(errors).toEqual({
      title: { key: 'validation.required' },
      shortTitle: { key: 'validation.required' },
      timeZone: { key: 'validation.zoneUnknown', params: { value: 'Nowhere' } },
      language: { key: 'validation.languageInvalid', params: { value: 'not a tag' } },
    });
  });

  it('requires the chair’s name when a chair is given, and knows the statuses', () => {
    expect(validatePlan(makePlan({ chair: { name: '', role: fr('Présidente') } }))).toEqual({ 'chair.name': { key: 'validation.required' } });
    expect(validatePlan(makePlan({ status: 'lost' as never })).status).toEqual({ key: 'validation.choiceInvalid' });
    expect(validatePlan(makePlan({ status: 'archived', chair: { name: 'Colonel Mitchell' } }))).toEqual({});
  });
});

describe('validators of the plan’s parts', () => {
  it('agenda item: text required and limited, outcome checked', () => {
    expect(validateAgendaItem(makeAgendaItem({ text: fr('') }))).toEqual({ text: { key: 'validation.required' } });
    expect(validateAgendaItem(makeAgendaItem({ text: fr('x'.repeat(AGENDA_ITEM_MAX + 1)) })).text?.key).toBe('validation.tooLong');
    const outcome = { kind: 'adjourned' as never, note: fr('x'.repeat(NOTE_MAX + 1)), recordedAt: '' };
    expect(validateAgendaItem(makeAgendaItem({ outcome }))).toEqual({
      'outcome.kind': { key: 'validation.choiceInvalid' },
      'outcome.note': { key: 'validation.tooLong', params: { max: NOTE_MAX } },
    });
  });

  it('mandate: text, each responsible body and the status', () => {
    const errors = validateMandate(makeMandate({ text: fr(''), responsible: [fr('CSH'), fr(' ')], status: 'x' as never }));
    expect(errors).toEqual({
      text: { key: 'validation.required' },
      'responsible.1': { key: 'validation.required' },
      status: { key: 'validation.choiceInvalid' },
    });
    expect(validateMandate(makeMandate({ responsible: [], toBeConfirmed: true }))).toEqual({});
  });

  it('section and paragraph: heading and every paragraph’s text', () => {
    const section = makeSection({
      heading: fr(''),
      paragraphs: [
        { id: 'p1', text: fr('Texte') },
        { id: 'p2', text: fr('') },
      ],
    });
    expect(validateSection(section)).toEqual({ heading: { key: 'validation.required' }, 'paragraphs.1.text': { key: 'validation.required' } });
    expect(validateParagraph({ text: fr('x'.repeat(10_001)) }).text?.key).toBe('validation.tooLong');
    expect(validateParagraph({ text: fr('Un paragraphe.') })).toEqual({});
  });

  it('document and resolution: a symbol, and citations of known kinds', () => {
    const doc = makeDocumentRef({ symbol: '', citedIn: [{ kind: 'annex' as never, id: 'x' }] });
    expect(validateDocumentRef(doc)).toEqual({ symbol: { key: 'validation.required' }, 'citedIn.0': { key: 'validation.choiceInvalid' } });
    expect(validateResolution({ symbol: 'AG/RES. 1', title: fr('') })).toEqual({ title: { key: 'validation.required' } });
  });
});
