/*
 * What "Share" hands to the system share sheet for one meeting: its title, its date and time
 * in the meeting's own zone with that zone named (whoever receives it may live elsewhere, so
 * the sender's clocks are never used), its place, and the link that opens it in the app.
 * Pure but for the interface language: the caller gives the app's own address.
 */
import { textIn } from '../domain/text.ts';
import type { Meeting } from '../domain/types.ts';
import { meetingInstants } from '../domain/zoned-time.ts';
import { formatTimeZone } from '../i18n/format.ts';
import { t, textLanguage } from '../i18n/index.ts';
import { meetingTitle, meetingWhen } from '../i18n/labels.ts';
import { meetingTime } from '../i18n/meeting-time.ts';
import { appLink } from './app-link.ts';

export type SharePayload = { title: string; text: string; url: string };

/** The share sheet's title, text and deep link for `meeting`; `pageUrl` is the app's own address (location.href). */
export function meetingSharePayload(meeting: Meeting, pageUrl: string): SharePayload {
  const title = meetingTitle(meeting).text;
  // Given the meeting's own zone as the device's, meetingTime says only the meeting's own time.
  const time = meetingTime(meeting, meeting.timeZone);
  // The zone's name as it is on the meeting's day (summer or winter time).
  const at = meetingInstants(meeting)?.start ?? Date.parse(`${meeting.startDate}T12:00:00Z`);
  const when = t('meetingShare.when', { date: meetingWhen(meeting), time, zone: formatTimeZone(meeting.timeZone, new Date(at)) });
  const lines = [title, when];
  if (meeting.place) lines.push(t('meetingShare.place', { place: textIn(meeting.place, textLanguage).text }));
  return { title, text: lines.join('\n'), url: appLink({ name: 'meeting', id: meeting.id }, pageUrl) };
}
