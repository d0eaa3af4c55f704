import { describe, expect, it } from 'vitest';
import { icalFr } from '../../../src/lib/i18n/fr-ical.ts';
import { meetingEvent } from '../../../src/lib/ical/meeting-event.ts';
import { isId, isInstant, isLanguageTag, isPartialDate, isSafeUrl, isWallTime } from '../../../src/lib/plan-files/field-rules.ts';
import { meetingTimes, TIME_FIELDS } from '../../../src/lib/ical/ics-times.ts';
import { looksTruncated } from '../../../src/lib/plan-files/json-text.ts';
import { capProblems, formatPath, problem } from '../../../src/lib/plan-files/problems.ts';
import { stableHash } from '../../../src/lib/plan-files/stable-hash.ts';
import { makeMeeting, makePlan } from '../factories.ts';

describe('the rules for single values', () => {
  it('accepts what the app writes and refuses the rest', () => {
    expect([isWallTime('09:30'), isWallTime('23:59'), isWallTime('24:00'), isWallTime('9:30')]).toEqual([true, true, false, false]);
    expect([
      isInstant('2011-09-15T14:00:00.000Z'),
      isInstant('2011-09-15T14:00:00Z'),
      isInstant('2011-02-30T14:00:00Z'),
      isInstant('2011-09-15T14:00:00+02:00'),
    ]).toEqual([true, true, false, false]);
    expect([isPartialDate('2011'), isPartialDate('2011-06'), isPartialDate('2011-06-07'), isPartialDate('2011-13'), isPartialDate('2011-06-31')]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect([isLanguageTag('fr'), isLanguageTag('es-419'), isLanguageTag('français'), isLanguageTag('')]).toEqual([true, true, false, false]);
    expect([isId('mispa-iii/wg-2011-09-15'), isId(''), isId('a\nb')]).toEqual([true, false, false]);
  });

  it('lets through only links to web pages, e-mail addresses and phone numbers', () => {
    expect(['https://oas.org', 'http://a.b', 'mailto:x@y.org', 'tel:+1202555'].every(isSafeUrl)).toBe(true);
    expect(
      [
        'javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        ' javascript:alert(1)',
        'data:text/html,x',
        'vbscript:x',
        'file:///etc/passwd',
        '//evil.org',
        'oas.org',
      ].some(isSafeUrl),
    ).toBe(false);
  });
});

describe('telling a cut file from a broken one', () => {
  it('sees open brackets or an open string at the end as truncation', () => {
    expect(looksTruncated('{"plans": [{"bundle": {')).toBe(true);
    expect(looksTruncated('{"title": "Réunion du gro')).toBe(true);
    expect(looksTruncated('{"a": "}]"')).toBe(true);
    expect(looksTruncated('{"a": 1}}')).toBe(false);
    expect(looksTruncated('{"a": [1}')).toBe(false);
    expect(looksTruncated('hello')).toBe(false);
  });
});

describe('problem paths and lists', () => {
  it('writes paths as in JavaScript', () => {
    expect(formatPath(['plans', 0, 'bundle', 'meetings', 3, 'startDate'])).toBe('plans[0].bundle.meetings[3].startDate');
    expect(formatPath(['translations', 'es-419'])).toBe('translations["es-419"]');
  });

  it('keeps the first problems and counts the others', () => {
    const many = Array.from({ length: 25 }, (_, i) => problem(`x[${i}]`, 'file.invalid'));
    expect(capProblems(many).at(-1)).toEqual({ path: '', key: 'file.moreProblems', params: { count: 5 } });
    expect(capProblems(many.slice(0, 3))).toEqual(many.slice(0, 3));
  });
});

describe('reading back the times of an exported meeting', () => {
  const plan = makePlan();
  it.each([
    ['a whole day', makeMeeting()],
    ['several whole days', makeMeeting({ endDate: '2011-09-17' })],
    ['a time without end', makeMeeting({ startTime: '10:00' })],
    ['a time range', makeMeeting({ startTime: '10:00', endTime: '13:00', timeZone: 'Europe/Paris' })],
    ['several days from a time', makeMeeting({ endDate: '2011-09-16', startTime: '10:00' })],
    ['several days with a time range', makeMeeting({ endDate: '2011-09-16', startTime: '10:00', endTime: '13:00' })],
  ])('%s', (_, meeting) => {
    const { timing } = meetingEvent({ plan, meeting, agendaItems: [], words: icalFr });
    const expected = Object.fromEntries(TIME_FIELDS.map((f) => [f, meeting[f]]));
    expect(meetingTimes(timing, meeting.timeZone)).toEqual(expected);
  });
});

describe('stable ids from outside data', () => {
  it('gives the same 16 hex digits for the same text, and others for another', () => {
    expect(stableHash('abc@example.org')).toMatch(/^[0-9a-f]{16}$/);
    expect(stableHash('abc@example.org')).toBe(stableHash('abc@example.org'));
    expect(stableHash('abc@example.org')).not.toBe(stableHash('abd@example.org'));
  });
});
