/*
 * A meeting's time on a phone, offline, with a fixed clock: in the meeting's own zone, and
 * the device's time beside it when the device is elsewhere, with the day when the device's
 * clocks are on another one (20:00 in New York is the next morning in Tokyo). The time is
 * set through the meeting form, then read on the meeting's page, the calendar and the first screen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, goto, openOfflineSession, waitForScreen, PHONE, type Session } from './browser.ts';

const ID = 'mispa-iii/wg-2011-09-15';
const MEETING = '#/meeting/' + encodeURIComponent(ID);
const EDIT = '#/edit/meeting/' + encodeURIComponent(ID);
// A week before the meeting (America/New_York, the default plan's zone).
const NOW = '2011-09-08T14:00:00Z';

const LABELS = {
  fr: { start: 'Heure de début', end: 'Heure de fin', save: 'Enregistrer' },
  en: { start: 'Start time', end: 'End time', save: 'Save' },
  es: { start: 'Hora de inicio', end: 'Hora de finalización', save: 'Guardar' },
} as const;

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Gives the 15 September 2011 meeting a time (its zone: New York) through the form. */
async function setTime(s: Session, lang: keyof typeof LABELS, start: string, end: string): Promise<void> {
  const { page } = s;
  const labels = LABELS[lang];
  await goto(s, EDIT);
  await page.getByLabel(labels.start).fill(start);
  await page.getByLabel(labels.end).fill(end);
  // A time field commits its value when it loses focus.
  await page.getByLabel(labels.end).blur();
  await page.getByRole('button', { name: labels.save }).click();
  await page.waitForURL(/#\/meeting\//);
  await waitForScreen(page);
}

/** The time line on the meeting's page and on the meeting's card of the calendar. */
async function shownTimes(s: Session): Promise<{ meeting: string; calendar: string }> {
  const { page } = s;
  await goto(s, MEETING);
  let meeting = '';
  await eventually(async () => {
    meeting = (await page.locator('dl.facts dd').nth(1).textContent()) ?? '';
    expect(meeting).toMatch(/\d/);
  });
  await goto(s, '#/calendar');
  const card = page.locator('article', { has: page.locator(`a[href="${MEETING}"]`) });
  const calendar = (await card.locator('.time').textContent()) ?? '';
  // The first screen's next meeting (a week ahead) shows the same time line.
  await goto(s, '#/');
  await eventually(async () => expect(await page.locator('section[aria-labelledby="next-title"] .time').textContent()).toBe(meeting));
  return { meeting, calendar };
}

describe('meeting times across time zones, offline on a phone', () => {
  it('shows only the meeting’s time on a device in the meeting’s zone (New York, French)', async () => {
    session = await openOfflineSession({ viewport: PHONE, locale: 'fr-FR', timezoneId: 'America/New_York', now: NOW, organiser: true });
    await setTime(session, 'fr', '20:00', '21:30');
    const { meeting, calendar } = await shownTimes(session);
    expect(meeting).toBe('20:00 – 21:30');
    expect(calendar).toBe('20:00 – 21:30');
    expect(session.errors).toEqual([]);
  });

  it('adds the device’s time in Paris, in English, with the next day named', async () => {
    session = await openOfflineSession({ viewport: PHONE, locale: 'en-GB', timezoneId: 'Europe/Paris', now: NOW, organiser: true });
    await setTime(session, 'en', '10:00', '13:00');
    const daytime = await shownTimes(session);
    expect(daytime.meeting).toBe('10:00 AM – 1:00 PM (New York time) · 4:00 PM – 7:00 PM your time');
    expect(daytime.calendar).toBe(daytime.meeting);

    await setTime(session, 'en', '20:00', '21:30');
    const evening = await shownTimes(session);
    // 20:00 in New York (UTC−4) is 02:00 the next day in Paris (UTC+2).
    expect(evening.meeting).toBe('8:00 PM – 9:30 PM (New York time) · Sep 16, 2:00 AM – 3:30 AM your time');
    expect(evening.calendar).toBe(evening.meeting);
  });

  for (const [lang, locale, expected] of [
    ['fr', 'fr-FR', '20:00 – 21:30 (heure de New York) · 16 sept., 9:00 – 10:30 votre heure'],
    ['es', 'es-MX', '20:00 – 21:30 (hora de Nueva York) · 16 sept, 9:00 – 10:30 en su hora'],
  ] as const) {
    it(`shows a New York evening meeting as the next morning in Tokyo (${lang})`, async () => {
      session = await openOfflineSession({ viewport: PHONE, locale, timezoneId: 'Asia/Tokyo', now: NOW, organiser: true });
      await setTime(session, lang, '20:00', '21:30');
      const { meeting, calendar } = await shownTimes(session);
      // 20:00 in New York (UTC−4) is 09:00 on 16 September in Tokyo (UTC+9).
      expect(meeting).toBe(expected);
      expect(calendar).toBe(expected);
      expect(session.errors).toEqual([]);
    });
  }
});
