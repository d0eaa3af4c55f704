import { describe, expect, it } from 'vitest';
import { meetingEvent, meetingUid, meetingUrl, type MeetingEventInput } from '../../../src/lib/ical/meeting-event.ts';
import { icalFr } from '../../../src/lib/i18n/fr-ical.ts';
import type { Meeting } from '../../../src/lib/domain/types.ts';
import { fr, makeAgendaItem, makeMeeting, makePlan } from '../factories.ts';
import { withDeviceZone } from './ics-test-helpers.ts';

const plan = makePlan();

function eventOf(meeting: Partial<Meeting>, more: Partial<MeetingEventInput> = {}) {
  return meetingEvent({ plan, meeting: makeMeeting(meeting), agendaItems: [], words: icalFr, ...more });
}

describe('meeting -> event: words', () => {
  it('titles an untitled working-group meeting from the group and the date, in French', () => {
    expect(eventOf({}).summary).toBe('Groupe de travail MISPA-III : réunion du 15 septembre 2011');
    expect(eventOf({ kind: 'expert', startDate: '2011-10-13' }).summary).toBe('MISPA-III : réunion du 13 octobre 2011');
  });

  it('never moves the date in the title, whatever the device zone', () => {
    for (const zone of ['Pacific/Auckland', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      expect(withDeviceZone(zone, () => eventOf({ startDate: '2011-09-01' }).summary)).toBe('Groupe de travail MISPA-III : réunion du 1 septembre 2011');
    }
  });

  it('keeps a given title, in the words language when translated, on one line', () => {
    expect(eventOf({ title: fr('Troisième réunion') }).summary).toBe('Troisième réunion');
    const title = { lang: 'es', text: 'Reunión', translations: { fr: 'Réunion\ntraduite' } };
    expect(eventOf({ title }).summary).toBe('Réunion traduite');
  });

  it('prefixes postponed and cancelled meetings and maps the status', () => {
    expect(eventOf({ status: 'planned' }).status).toBe('CONFIRMED');
    expect(eventOf({ status: 'held' })).toMatchObject({ status: 'CONFIRMED', summary: expect.stringMatching(/^Groupe/) });
    expect(eventOf({ status: 'postponed', title: fr('Réunion') })).toMatchObject({ status: 'TENTATIVE', summary: '[Reporté] Réunion' });
    expect(eventOf({ status: 'cancelled', title: fr('Réunion') })).toMatchObject({ status: 'CANCELLED', summary: '[Annulé] Réunion' });
    expect(eventOf({ status: 'cancelled', title: fr('Réunion') }).alarmDescription).toBe('Rappel : [Annulé] Réunion');
  });

  it('lists the agenda in order, numbered, one item per line, only for this meeting', () => {
    const agendaItems = [
      makeAgendaItem({ id: 'b', order: 2, text: fr('Projet de déclaration,\nsuite') }),
      makeAgendaItem({ id: 'a', order: 1, text: fr('Adoption de l’ordre du jour') }),
      makeAgendaItem({ id: 'x', order: 0, meetingId: 'other', text: fr('Ailleurs') }),
    ];
    expect(eventOf({}, { agendaItems }).description).toBe('Ordre du jour :\n1. Adoption de l’ordre du jour\n2. Projet de déclaration, suite');
    expect(eventOf({}).description).toBeUndefined();
  });

  it('gives the place when known', () => {
    expect(eventOf({ place: fr('Washington, D.C.') }).location).toBe('Washington, D.C.');
    expect(eventOf({}).location).toBeUndefined();
  });

  it('takes another language as a words object', () => {
    const en = { ...icalFr, locale: 'en', workingGroupSummary: '{group} Working Group: meeting of {date}' };
    expect(eventOf({}, { words: en }).summary).toBe('MISPA-III Working Group: meeting of September 15, 2011');
  });

  it('has no empty word and no straight apostrophe in the French words', () => {
    for (const [key, value] of Object.entries(icalFr)) {
      expect(value.trim(), key).not.toBe('');
      expect(value.includes("'"), key).toBe(false);
    }
  });
});

describe('meeting -> event: identity', () => {
  it('derives a readable, stable UID from the plan and meeting ids', () => {
    expect(eventOf({ id: 'wg-2011-09-15' }).uid).toBe('plan-1/wg-2011-09-15@quorum.invalid');
    expect(meetingUid('plan 1', 'a@b;c,d\\e')).toBe('plan%201/a%40b%3Bc%2Cd%5Ce@quorum.invalid');
    expect(meetingUid('p', 'm').split('@')).toHaveLength(2);
  });

  it('takes SEQUENCE from the meeting and LAST-MODIFIED from updatedAt', () => {
    expect(eventOf({ sequence: 3, updatedAt: '2011-09-20T08:00:00.000Z' })).toMatchObject({
      sequence: 3,
      lastModified: '2011-09-20T08:00:00.000Z',
    });
    expect([Number.NaN, -2, 1.7].map((sequence) => eventOf({ sequence }).sequence)).toEqual([0, 0, 1]);
  });

  it('links to the meeting page only for an http(s) app address', () => {
    expect(eventOf({ id: 'a b/é' }, { appBaseUrl: 'https://quorum.example/app/' }).url).toBe('https://quorum.example/app/#/meeting/a%20b%2F%C3%A9');
    expect(meetingUrl('https://quorum.example/app/#/calendar', 'm1')).toBe('https://quorum.example/app/#/meeting/m1');
    expect(meetingUrl('https://quorum.example/a;b,c/', 'm1')).toBe('https://quorum.example/a%3Bb%2Cc/#/meeting/m1');
    expect(meetingUrl('javascript:alert(1)', 'm1')).toBeUndefined();
    expect(meetingUrl('not a url', 'm1')).toBeUndefined();
    expect(eventOf({}).url).toBeUndefined();
  });
});

describe('meeting -> event: timing', () => {
  it('makes a meeting without a time an all-day event with an exclusive end', () => {
    expect(eventOf({ startDate: '2011-09-15' }).timing).toEqual({ allDay: true, start: '2011-09-15', endExclusive: '2011-09-16' });
    expect(eventOf({ startDate: '2011-11-17', endDate: '2011-11-18' }).timing).toEqual({
      allDay: true,
      start: '2011-11-17',
      endExclusive: '2011-11-19',
    });
    expect(eventOf({ startDate: '2011-12-31' }).timing).toMatchObject({ endExclusive: '2012-01-01' });
  });

  it('keeps wall clocks in the meeting zone for a timed meeting', () => {
    expect(eventOf({ startTime: '10:00', endTime: '13:00', timeZone: 'America/New_York' }).timing).toEqual({
      allDay: false,
      timeZone: 'America/New_York',
      start: '2011-09-15T10:00:00',
      end: '2011-09-15T13:00:00',
    });
  });

  it('holds a meeting over several days as the same session each day, not one stretch', () => {
    expect(eventOf({ startDate: '2011-11-17', endDate: '2011-11-18', startTime: '10:00', endTime: '13:00' }).timing).toEqual({
      allDay: false,
      timeZone: 'America/New_York',
      start: '2011-11-17T10:00:00',
      end: '2011-11-17T13:00:00',
      days: 2,
    });
    // An end time not after the start time can only mean one stretch to the last day.
    expect(eventOf({ startDate: '2011-11-17', endDate: '2011-11-18', startTime: '18:00', endTime: '10:00' }).timing).toEqual({
      allDay: false,
      timeZone: 'America/New_York',
      start: '2011-11-17T18:00:00',
      end: '2011-11-18T10:00:00',
    });
  });

  it('gives a timed meeting with no end time no end, on each of its days', () => {
    expect(eventOf({ startTime: '10:00' }).timing).toEqual({ allDay: false, timeZone: 'America/New_York', start: '2011-09-15T10:00:00' });
    expect(eventOf({ startDate: '2011-11-17', endDate: '2011-11-19', startTime: '09:00' }).timing).toEqual({
      allDay: false,
      timeZone: 'America/New_York',
      start: '2011-11-17T09:00:00',
      days: 3,
    });
  });
});
