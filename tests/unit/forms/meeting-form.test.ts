import { describe, expect, it } from 'vitest';
import { meetingDraft, meetingErrors, meetingPatch, meetingValues } from '../../../src/lib/forms/meeting-form.ts';
import { fr, makeMeeting, makePlan } from '../factories.ts';

const plan = makePlan({ timeZone: 'America/New_York' });

describe('meeting form values', () => {
  it('starts a new meeting in the plan zone, as a planned working-group meeting', () => {
    expect(meetingValues(plan)).toMatchObject({ kind: 'working-group', status: 'planned', timeZone: 'America/New_York', startDate: '' });
  });

  it('turns blank optional fields into absent ones, and keeps a text’s language and translations', () => {
    const meeting = makeMeeting({ place: { lang: 'fr', text: 'Salle A', translations: { en: 'Room A' } } });
    const values = { ...meetingValues(plan, meeting), place: 'Salle A', endDate: '', startTime: ' ' };
    const draft = meetingDraft(values, 'fr', meeting);
    expect(draft.place).toEqual({ lang: 'fr', text: 'Salle A', translations: { en: 'Room A' } });
    expect(draft.endDate).toBeUndefined();
    expect(meetingDraft({ ...values, title: '  ' }, 'fr').title).toBeUndefined();
  });

  it('clears a field the user emptied (null in the patch), keeps the others', () => {
    const meeting = makeMeeting({ startTime: '10:00', place: fr('Salle A') });
    const patch = meetingPatch({ ...meetingValues(plan, meeting), startTime: '', place: '' }, 'fr', meeting);
    expect(patch.startTime).toBeNull();
    expect(patch.place).toBeNull();
    expect(patch.startDate).toBe(meeting.startDate);
  });

  it('edits the meeting’s notes like its other texts: kept with their language, cleared when emptied, capped', () => {
    const meeting = makeMeeting({ notes: { lang: 'fr', text: 'Salle à confirmer', translations: { en: 'Room to be confirmed' } } });
    expect(meetingValues(plan, meeting).notes).toBe('Salle à confirmer');
    expect(meetingDraft({ ...meetingValues(plan, meeting), notes: 'Salle à confirmer ' }, 'fr', meeting).notes).toEqual(meeting.notes);
    expect(meetingPatch({ ...meetingValues(plan, meeting), notes: '' }, 'fr', meeting).notes).toBeNull();
    expect(meetingErrors({ ...meetingValues(plan), startDate: '2011-09-15', notes: 'x'.repeat(10_001) }, 'fr').notes).toBeDefined();
  });

  it('explains what is wrong, field by field, in French', () => {
    const errors = meetingErrors({ ...meetingValues(plan), startDate: '2011-02-30', endTime: '09:00' }, 'fr');
    expect(errors.startDate).toBe('« 2011-02-30 » n’est pas une date qui existe.');
    expect(errors.endTime).toBe('Indiquez une heure de début avant l’heure de fin.');
    expect(meetingErrors({ ...meetingValues(plan), startDate: '2011-09-15' }, 'fr')).toEqual({});
  });
});
