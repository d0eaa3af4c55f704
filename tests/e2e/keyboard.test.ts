/*
 * The keyboard on a phone: Tab reaches every control of the overview, the plan and a form,
 * each with a visible focus indicator (an outline or shadow of 2 px at least, contrasting
 * 3:1 with what is behind it); Enter and Space activate links, buttons and checkboxes. And
 * what a screen reader says is in the interface language: in English and Spanish no link or
 * button is named with a French interface word.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goto, openSession, waitForScreen, PHONE, type Session } from './browser.ts';

const enc = encodeURIComponent;

type Stop = { index: number; label: string; indicator: string | null };

/**
 * Tabs from the top of the page until focus leaves the page or comes back, and says for every
 * focusable control whether it was reached and how its focus shows.
 */
async function tabThrough(session: Session): Promise<{ total: number; stops: Stop[]; missed: string[] }> {
  // A control that appeared after the count (a part of the screen that loads after its first
  // paint, on a slow machine) takes focus unmarked, or focus moved after it: count again once
  // the screen has settled.
  for (let attempt = 1; ; attempt++) {
    const run = await tabOnce(session);
    if (!run.lateControl || attempt === 3) return run;
    await session.page.waitForTimeout(500);
  }
}

async function tabOnce(session: Session): Promise<{ total: number; stops: Stop[]; missed: string[]; lateControl: boolean }> {
  const { page } = session;
  const total = await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-kbd]')) delete el.dataset.kbd;
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
    );
    all.forEach((el, i) => (el.dataset.kbd = String(i)));
    (document.activeElement as HTMLElement | null)?.blur();
    return all.length;
  });
  const stops: Stop[] = [];
  let lateControl = false;
  // A date input takes one Tab per part (day, month, year): up to three stops on one element.
  for (let i = 0; i < total * 3 + 5; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(focusFacts);
    if (stop && stops.at(-1)?.index === stop.index) continue;
    if (!stop)
      lateControl = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el !== null && el !== document.body && el.dataset.kbd === undefined;
      });
    if (!stop || stops.some((s) => s.index === stop.index)) break;
    stops.push(stop);
  }
  // Focus the screen moved after the count (its heading, once its data came) is where Tab
  // starts from even once blurred: a run that did not start at the first control runs again.
  if (stops[0] !== undefined && stops[0].index !== 0) lateControl = true;
  const reached = new Set(stops.map((s) => s.index));
  const missed = await page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLElement>('[data-kbd]')]
        .filter((el) => !seen.includes(Number(el.dataset.kbd)))
        .map((el) => `${el.tagName.toLowerCase()}: ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`),
    [...reached],
  );
  return { total, stops, missed, lateControl };
}

/** The focused control and its focus indicator, or null when the indicator is missing or faint. */
function focusFacts(): Stop | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el?.dataset.kbd) return null;
  const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
    const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (a: number[], b: number[]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  // What the indicator is drawn on: the first opaque background around the control.
  let behind: number[] = [255, 255, 255];
  for (let node = el.parentElement; node; node = node.parentElement) {
    const bg = parse(getComputedStyle(node).backgroundColor);
    if (bg.length === 3 || (bg[3] ?? 0) > 0.9) {
      behind = bg.slice(0, 3);
      break;
    }
  }
  const style = getComputedStyle(el);
  let indicator: string | null = null;
  const outline = parseFloat(style.outlineWidth);
  if (style.outlineStyle !== 'none' && outline >= 2 && contrast(parse(style.outlineColor), behind) >= 3) {
    indicator = `outline ${outline}px`;
  } else if (style.boxShadow !== 'none') {
    const [color = '', ...lengths] = style.boxShadow.split(/(?<=\))\s+/);
    const spread = Math.max(...(lengths.join(' ').match(/[\d.]+(?=px)/g) ?? ['0']).map(Number));
    if (spread >= 2 && contrast(parse(color), behind) >= 3) indicator = `shadow ${spread}px`;
  }
  const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
  return { index: Number(el.dataset.kbd), label, indicator };
}

describe('keyboard on a phone', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ viewport: PHONE, organiser: true });
  });
  afterAll(async () => session.close());

  it.each([
    ['the overview', '#/'],
    ['the plan', '#/plan'],
    ['a mandate’s form', `#/edit/mandate/${enc('mispa-iii/m5')}`],
  ])('reaches every control of %s by Tab, each with a visible focus', async (_name, hash) => {
    await session.page.goto('about:blank');
    await goto(session, hash);
    const { total, stops, missed } = await tabThrough(session);
    expect(total).toBeGreaterThan(3);
    expect(missed).toEqual([]);
    expect(stops.filter((s) => !s.indicator).map((s) => s.label)).toEqual([]);
  });

  it('activates a link with Enter, a checkbox with Space and a button with Enter', async () => {
    const { page } = session;
    await goto(session, '#/plan');
    // Tab to the first "Modifier" link of a mandate and follow it.
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Modifier le mandat'))) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/edit\/mandate\//);
    await waitForScreen(page);
    const box = page.getByLabel('À confirmer par le groupe');
    const before = await box.isChecked();
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(!before);
    await page.getByRole('button', { name: 'Abandonner' }).focus();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/plan\//);
  });
});

// Words of the French interface that no English or Spanish control should be named with.
const FRENCH_ONLY = [
  'Modifier',
  'Ajouter',
  'Supprimer',
  'Enregistrer',
  'Annuler',
  'Abandonner',
  'Défaire',
  'Calendrier',
  'Rechercher',
  'Monter',
  'Descendre',
  'Partager',
  'Historique',
  'Fermer',
  'Chronologie',
  'Parcourir',
  'Aller au contenu',
  'Mes plans',
  'Réunion',
];

describe.each([
  ['en', 'en-US'],
  ['es', 'es-ES'],
] as const)('names read out in %s', (lang, locale) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ viewport: PHONE, locale, organiser: true });
  });
  afterAll(async () => session.close());

  it.each(['#/', '#/plan', '#/calendar', `#/meeting/${enc('mispa-iii/wg-2011-09-15')}`, `#/edit/mandate/${enc('mispa-iii/m5')}`])(
    '%s names its links, buttons and fields in the interface language',
    async (hash) => {
      await goto(session, hash);
      expect(await session.page.getAttribute('html', 'lang')).toBe(lang);
      // Names of controls, leaving out the plan's own text (marked lang="fr").
      const names = await session.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [role="group"], nav, [aria-label]')]
          .map((el) => {
            const labelled = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined);
            if (labelled) return labelled;
            const clone = el.cloneNode(true) as HTMLElement;
            clone.querySelectorAll('[lang]').forEach((child) => child.remove());
            return el.closest('[lang]') === document.documentElement ? (clone.textContent ?? '') : '';
          })
          .map((name) => name.trim())
          .filter(Boolean),
      );
      expect(names.length).toBeGreaterThan(3);
      const french = names.filter((name) => FRENCH_ONLY.some((word) => new RegExp(`(^|\\P{L})${word}(\\P{L}|$)`, 'iu').test(name)));
      expect(french).toEqual([]);
    },
  );
});
