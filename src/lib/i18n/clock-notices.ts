/*
 * What the meeting page says beside a meeting's time that its zone's clock changes make wrong.
 * Apart from meeting-time.ts, which the overview loads too: these are the forms' validation
 * messages, whose catalog only the meeting page and the forms load.
 */
import { meetingClockErrors } from '../domain/meeting-clock.ts';
import type { Meeting } from '../domain/types.ts';
import { readableParams } from './clock-words.ts';
import { t } from './index.ts';

/**
 * What is wrong with the meeting's time at its zone's clock changes, for a meeting stored
 * before the app checked them (or from an older file): shown beside the time, which is read
 * meanwhile as RFC 5545 says (exports write its instant in UTC).
 */
export function clockNotices(meeting: Meeting): string[] {
  return Object.values(meetingClockErrors(meeting)).flatMap((message) => (message ? [t(message.key, readableParams(message.params))] : []));
}
