/*
 * A plan file can carry any text: a 150-character word, a long URL, a symbol with no space.
 * On a 360 px phone none of it may widen the page, in the import preview or on any screen of
 * the imported plan. The file is the app's own export of the default plan (so every screen
 * of screen-list.ts has its records) with such text put in every kind of text it holds.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, goto, openSession, organiserMode, PHONE, waitForScreen, type Session } from './browser.ts';
import { SCREENS } from './screen-list.ts';

// As long as the forms allow (record-rules.ts: titles and names 300 characters, symbols 100,
// short titles 80), and each many times wider than the phone.
const WORD = 'Anticonstitutionnellement'.repeat(6); // 150 letters, no break opportunity
const URL = `https://example.org/${'documents/OEA-SER.G-CP-RES.934-1587-07'.repeat(2)}?lang=fr&version=final`;
const SYMBOL = `OEA/Ser.G/CP/RES.${'934(1587/07)'.repeat(5)}`;
const long = (start: string) => `${start} ${WORD} ${URL}`;

type Text = { lang: string; text: string };
type Rec = Record<string, unknown> & { id: string };
type Bundle = Record<string, Rec[]> & { plan: Rec };

const lengthen = (value: unknown, start = 'Texte') => ({ ...(value as Text), text: long(start) });

/** Puts a long word and a long URL in every kind of text of the exported plan. */
function withLongWords(fileText: string): Buffer {
  const file = JSON.parse(fileText) as { plans: { bundle: Bundle }[] };
  const bundle = file.plans[0]!.bundle;
  const plan = bundle.plan;
  Object.assign(plan, {
    title: lengthen(plan.title, 'Plan'),
    shortTitle: { ...(plan.shortTitle as Text), text: WORD.slice(0, 80) },
    body: lengthen(plan.body),
  });
  // A document symbol cited in running text becomes a link (kept on one line when it fits).
  const cited = `${SYMBOL}-cited`;
  bundle.documents![0]!.symbol = cited;
  for (const section of bundle.sections!) {
    section.heading = lengthen(section.heading, 'Section');
    // "Sécurité" keeps the paragraphs among the search screen's results.
    section.paragraphs = (section.paragraphs as { id: string; text: Text }[]).map((p) => ({
      ...p,
      text: { ...p.text, text: `${long('Sécurité')} ${cited} fin.` },
    }));
  }
  for (const resolution of bundle.resolutions!) Object.assign(resolution, { symbol: SYMBOL, title: lengthen(resolution.title) });
  for (const mandate of bundle.mandates!) {
    mandate.text = lengthen(mandate.text, 'Mandat');
    mandate.responsible = [...(mandate.responsible as Text[]), { lang: 'fr', text: WORD }, { lang: 'fr', text: URL }];
  }
  for (const meeting of bundle.meetings!) {
    Object.assign(meeting, { title: { lang: 'fr', text: long('Réunion') }, place: { lang: 'fr', text: long('Salle') } });
  }
  for (const item of bundle.agendaItems!) {
    item.text = lengthen(item.text, 'Point');
    item.outcome = { kind: 'decided', note: { lang: 'fr', text: long('Décision') }, recordedAt: '2011-09-15T15:00:00.000Z' };
  }
  bundle.documents!.slice(1).forEach((document, i) => (document.symbol = `${SYMBOL}-${i + 1}`));
  for (const document of bundle.documents!) document.title = { lang: 'fr', text: long('Document') };
  for (const milestone of bundle.milestones!)
    Object.assign(milestone, { title: lengthen(milestone.title, 'Étape'), place: { lang: 'fr', text: long('Lieu') } });
  return Buffer.from(JSON.stringify(file, null, 2));
}

/** What makes the page wider than the phone: its own scroll width, and each element past the right edge. */
async function widthProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) problems.push(`scroll width ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue; // not laid out
      if (el.closest('.visually-hidden')) continue; // text for screen readers only, clipped to 1 px by design
      const past = (e: Element) => e.getBoundingClientRect().right > width + 1;
      // The element that sticks out, not each of its ancestors, nor what a page widened by it stretches.
      if (past(el) && el.parentElement && !past(el.parentElement)) {
        const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}`;
        problems.push(`${name} ${Math.round(box.width)} px wide, right edge at ${Math.round(box.right)}: ${el.textContent?.trim().slice(0, 30)}`);
      }
    }
    return problems.slice(0, 6);
  });
}

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('long words on a 360 px phone', () => {
  it('a plan full of long words and URLs widens neither the import preview nor any screen', async () => {
    session = await openSession({ viewport: PHONE });
    const { page } = session;
    await goto(session, '#/share');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter le fichier' }).click()]);
    const file = withLongWords(readFileSync(await download.path(), 'utf8'));

    await goto(session, '#/open');
    await page.getByLabel('Choisir un fichier').setInputFiles({ name: `${WORD}.quorum.json`, mimeType: 'application/json', buffer: file });
    const apply = page.getByRole('button', { name: 'Importer' });
    await apply.waitFor();
    await waitForScreen(page);
    await expect(page.getByText(WORD, { exact: false }).count()).resolves.toBeGreaterThan(0);
    // Before the fix the preview was 3,582 px wide, its text laid over the Import button.
    expect(await widthProblems(page)).toEqual([]);

    await apply.click();
    await page.waitForURL(/#\/plan$/);
    await eventually(async () => expect(await page.getByRole('status').filter({ hasText: 'Plan importé' }).count()).toBe(1));
    const problems: string[] = [];
    // Organiser mode for every screen (its forms too), reading mode for those marked so.
    let reading: boolean | undefined;
    for (const { name, hash, now, reading: readingScreen } of SCREENS.filter((screen) => !screen.click)) {
      if (reading !== !!readingScreen) await organiserMode(session, !(reading = !!readingScreen));
      if (now) await session.context.clock.setFixedTime(new Date(now));
      await goto(session, hash);
      for (const problem of await widthProblems(page)) problems.push(`${name}: ${problem}`);
    }
    // The imported text is on the screens (the test checks what it means to).
    await goto(session, '#/plan');
    await expect(page.getByText(WORD, { exact: false }).count()).resolves.toBeGreaterThan(0);

    expect(problems).toEqual([]);
    expect(session.errors).toEqual([]);
  }, 180_000);
});
