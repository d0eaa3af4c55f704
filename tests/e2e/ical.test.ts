/*
 * Adding meetings to a calendar from the built app while offline: the .ics file downloads,
 * parses with an independent parser, holds the right days and agenda, and the app remembers
 * what it exported ("changes since last time").
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { contentLines, parseIcs } from '../unit/ical/ics-test-helpers.ts';
import { goto, openOfflineSession, type Session } from './browser.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const offlineSession = (timezoneId = 'Europe/Paris') => openOfflineSession({ timezoneId });

async function download(s: Session, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([s.page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('iCalendar export, offline', () => {
  it('adds one meeting in one tap: an all-day event with its agenda and a stable UID', async () => {
    session = await offlineSession();
    await goto(session, '#/meeting/' + encodeURIComponent('mispa-iii/wg-2011-09-22'));
    const { name, text } = await download(session, () => session!.page.getByRole('button', { name: 'Ajouter à mon agenda' }).click());
    expect(name).toBe('MISPA-III-2011-09-22.ics');
    expect(text).not.toContain('METHOD:');
    const { events } = parseIcs(text);
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2011-09-22');
    expect(event.endDate.toString()).toBe('2011-09-23');
    expect(event.description).toContain('1. Examen des documents prévus pour la MISPA-III');
    expect(event.description).toContain('2. Examen du document final');
    expect(event.uid).toMatch(/@quorum\.invalid$/);
    expect(contentLines(text).find((l) => l.startsWith('URL'))).toContain('#/meeting/');
    await expect(session.page.getByRole('status').filter({ hasText: 'téléchargé' }).count()).resolves.toBe(1);

    // A second export of the same meeting keeps the UID: calendars update instead of duplicating.
    const again = await download(session, () => session!.page.getByRole('button', { name: 'Ajouter à mon agenda' }).click());
    expect(parseIcs(again.text).events[0]!.uid).toBe(event.uid);
  });

  it('writes the file’s own words in the interface language, the plan’s texts as written (issue #6)', async () => {
    session = await openOfflineSession({ timezoneId: 'Europe/Paris', locale: 'es-ES' });
    await goto(session, '#/meeting/' + encodeURIComponent('mispa-iii/wg-2011-09-22'));
    const { name, text } = await download(session, () => session!.page.getByRole('button', { name: 'Añadir a mi calendario' }).click());
    expect(name).toBe('MISPA-III-2011-09-22.ics');
    expect(text).toContain('PRODID:-//Quorum//Quorum work plan//ES\r\n');
    const event = parseIcs(text).events[0]!;
    expect(event.description).toBe('Orden del día:\n1. Examen des documents prévus pour la MISPA-III\n2. Examen du document final');
    await expect(session.page.getByRole('status').filter({ hasText: 'descargado' }).count()).resolves.toBe(1);
  });

  it('exports all meetings with the chosen reminder, then nothing is left "changed since last export"', async () => {
    session = await offlineSession('Asia/Tokyo');
    const { page } = session;
    await goto(session, '#/calendar');
    await page.getByText('Ajouter les réunions à mon agenda').click();
    await page.getByLabel('Rappel').selectOption('1h');
    await expect(page.getByText(/Nouvelles ou modifiées depuis mon dernier export \(10\)/).count()).resolves.toBe(1);

    const { name, text } = await download(session, () => page.getByRole('button', { name: 'Exporter le fichier .ics' }).click());
    expect(name).toMatch(/^MISPA-III-calendrier-\d{4}-\d{2}-\d{2}\.ics$/);
    const { events, calendar } = parseIcs(text);
    expect(events).toHaveLength(10);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('MISPA-III');
    // The two-day ministerial meeting covers both days, whatever the exporting device's zone.
    const mispa3 = events.find((e) => e.summary.includes('(MISPA-III)'))!;
    expect([mispa3.startDate.toString(), mispa3.endDate.toString()]).toEqual(['2011-11-17', '2011-11-19']);
    // Every meeting of the plan is all-day: "1 hour before" rings at 09:00 on the day, as the choice says.
    expect(contentLines(text).filter((l) => l.startsWith('TRIGGER'))).toEqual(Array(10).fill('TRIGGER:PT9H'));
    await expect(
      page.getByText('Réunion sur la journée entière : 15 minutes ou 1 heure avant sonne à 9 h le jour même ; 1 jour avant, la veille à 9 h.').count(),
    ).resolves.toBe(1);

    await expect(page.getByText(/Nouvelles ou modifiées depuis mon dernier export \(0\)/).count()).resolves.toBe(1);
    await page.getByLabel(/Nouvelles ou modifiées/).check();
    await page.getByRole('button', { name: 'Exporter le fichier .ics' }).click();
    await expect(page.getByText('Aucune réunion à exporter dans ce choix.').count()).resolves.toBe(1);

    // The reminder choice is remembered after a reload.
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"][data-started] h1');
    await page.getByText('Ajouter les réunions à mon agenda').click();
    await expect(page.getByLabel('Rappel').inputValue()).resolves.toBe('1h');
  });

  it('exports only the meetings the user picks', async () => {
    session = await offlineSession();
    const { page } = session;
    await goto(session, '#/calendar');
    await page.getByText('Ajouter les réunions à mon agenda').click();
    await page.getByLabel('Celles que je choisis').check();
    await page.getByLabel(/15 septembre 2011 ·/).check();
    await page.getByLabel(/13 octobre 2011 ·/).check();
    const { text } = await download(session, () => page.getByRole('button', { name: 'Exporter le fichier .ics' }).click());
    expect(parseIcs(text).events.map((e) => e.startDate.toString())).toEqual(['2011-09-15', '2011-10-13']);
  });
});
