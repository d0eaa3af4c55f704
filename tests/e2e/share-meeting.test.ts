/*
 * Sharing in the built app: a meeting through the system share sheet (stood in for: headless
 * Chromium on Linux has none) or, without one, its link copied; the app's link as a QR code
 * that a phone reads from a screenshot, large on a phone and on a projector, offline too; and
 * the install offer from the second visit on, gone for good after "Not now".
 */
import jsQR from 'jsqr';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, DESKTOP, goto, layoutProblems, openOfflineSession, openSession, PHONE, type Session, type SessionOptions } from './browser.ts';

const MEETING = '#/meeting/' + encodeURIComponent('mispa-iii/wg-2011-09-15');
const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

async function session(options: SessionOptions = {}): Promise<Session> {
  const s = await openSession(options);
  sessions.push(s);
  return s;
}

/** The open dialog's QR code as the screen shows it (a screenshot), read by a decoder. */
async function scanQr(s: Session): Promise<string | undefined> {
  const png = await s.page.locator('dialog[open] svg').screenshot();
  // The browser decodes its own screenshot into pixels; the decoder runs here, in Node.
  const { width, height, data } = await s.page.evaluate(async (base64) => {
    // (The page's Content-Security-Policy allows no data: fetch: the bytes are decoded by hand.)
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    // At most 480 pixels wide, as a camera would have it: the pixels come to Node as a plain array.
    const scale = Math.min(1, 480 / bitmap.width);
    const [width, height] = [Math.round(bitmap.width * scale), Math.round(bitmap.height * scale)];
    const context = new OffscreenCanvas(width, height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0, width, height);
    return { width, height, data: [...context.getImageData(0, 0, width, height).data] };
  }, png.toString('base64'));
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
}

describe('sharing a meeting', () => {
  it('hands its title, date and time in its zone and its link to the share sheet', async () => {
    const s = await session();
    await s.context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { __shared: shared });
      const share = (data: ShareData) => {
        shared.push(data);
        return Promise.resolve();
      };
      Object.defineProperty(navigator, 'share', { value: share, configurable: true });
      Object.defineProperty(navigator, 'canShare', { value: () => true, configurable: true });
    });
    await goto(s, MEETING);
    await s.page.getByRole('button', { name: 'Partager' }).click();
    await s.page.waitForFunction(() => (window as unknown as { __shared: unknown[] }).__shared.length === 1);
    const [shared] = await s.page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
    expect(shared).toEqual({
      title: 'Réunion du groupe de travail du 15 septembre 2011',
      text: expect.stringMatching(
        /^Réunion du groupe de travail du 15 septembre 2011\n15 septembre 2011, Journée entière \(heure non précisée\) — .+ \(America\/New_York\)/,
      ) as string,
      url: new URL(MEETING, s.baseUrl).href,
    });
    expect(await s.page.getByRole('status').filter({ hasText: 'copié' }).count()).toBe(0);
  });

  it('copies the link where there is no share sheet, says so, and the link opens the meeting', async () => {
    const s = await session();
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(s.baseUrl).origin });
    await s.context.addInitScript(() => {
      for (const name of ['share', 'canShare']) Object.defineProperty(navigator, name, { value: undefined, configurable: true });
    });
    await goto(s, MEETING);
    await s.page.getByRole('button', { name: 'Partager' }).click();
    await s.page.getByRole('status').filter({ hasText: 'Lien copié dans le presse-papiers.' }).waitFor();
    const link = await s.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(new URL(MEETING, s.baseUrl).href);
    await goto(s, '#/');
    await s.page.goto(link);
    await s.page.getByRole('heading', { level: 1, name: 'Réunion du groupe de travail du 15 septembre 2011' }).waitFor();
  });
});

// On a busy machine a screenshot, its decoding and axe on a 1920 px page take most of a minute.
describe('the app’s link as a QR code', { timeout: 150_000 }, () => {
  it('fills a phone’s width, reads back as the link, and closes with Escape, focus back on its button', async () => {
    const s = await session({ viewport: PHONE });
    await goto(s, '#/share');
    const show = s.page.getByRole('button', { name: 'Afficher le QR code' });
    await show.click();
    const dialog = s.page.getByRole('dialog', { name: 'QR code du lien de Quorum' });
    await dialog.waitFor();
    const link = new URL('#/', s.baseUrl).href;
    expect(await s.page.getByRole('img', { name: `QR code du lien ${link}` }).count()).toBe(1);
    const box = (await s.page.locator('dialog[open] svg').boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(PHONE.width - 20);
    expect(await scanQr(s)).toBe(link);
    expect(await axeViolations(s.page)).toEqual([]);
    expect(await layoutProblems(s.page)).toEqual([]);
    await s.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await show.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('is very large on a projected screen, dark on light in the dark theme too', async () => {
    const s = await session({ viewport: { width: 1920, height: 1080 }, colorScheme: 'dark' });
    await goto(s, '#/share');
    await s.page.getByRole('button', { name: 'Afficher le QR code' }).click();
    const box = (await s.page.locator('dialog[open] svg').boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(900);
    expect(box.y + box.height).toBeLessThanOrEqual(1080);
    const ground = await s.page.locator('dialog[open]').evaluate((dialog) => getComputedStyle(dialog).backgroundColor);
    expect(ground).toBe('rgb(255, 255, 255)');
    expect(await scanQr(s)).toBe(new URL('#/', s.baseUrl).href);
    expect(await axeViolations(s.page)).toEqual([]);
  });

  it('is there offline: its code comes from the service worker’s cache', async () => {
    const s = await openOfflineSession({ viewport: DESKTOP });
    sessions.push(s);
    await goto(s, '#/share');
    await s.page.getByRole('button', { name: 'Afficher le QR code' }).click();
    expect(await scanQr(s)).toBe(new URL('#/', s.baseUrl).href);
  });
});

describe('the install offer', () => {
  /** A visit in a new tab; the browser then says the app can be installed (Chromium's event, stood in for). */
  async function visit(s: Session): Promise<void> {
    const page = await s.context.newPage();
    page.on('pageerror', (error) => s.errors.push(error.message));
    await s.page.close();
    s.page = page;
    await goto(s, '#/');
    await page.evaluate(() => {
      const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: () => Promise.resolve(),
        userChoice: Promise.resolve({ outcome: 'dismissed' }),
      });
      window.dispatchEvent(event);
    });
  }
  const offer = (s: Session) => s.page.getByRole('complementary', { name: 'Installer Quorum' });

  it('comes on the second visit only, quietly, and never again after “Not now”', async () => {
    const s = await session();
    await visit(s);
    await s.page.waitForFunction(() => localStorage.getItem('quorum:install') !== null);
    expect(await offer(s).count()).toBe(0);

    await visit(s);
    await offer(s).waitFor();
    // On Today only: a form opened from there (its Save button at the bottom of a phone) is never covered.
    await goto(s, '#/edit/meeting/mispa-iii%2Fwg-2011-09-15');
    expect(await offer(s).count()).toBe(0);
    await goto(s, '#/');
    await offer(s).waitFor();
    expect(await axeViolations(s.page)).toEqual([]);
    expect(await layoutProblems(s.page)).toEqual([]);
    await s.page.getByRole('button', { name: 'Pas maintenant' }).click();
    await offer(s).waitFor({ state: 'detached' });

    await visit(s);
    await s.page.waitForFunction(() => JSON.parse(localStorage.getItem('quorum:install') ?? '{}').visits === 3);
    expect(await offer(s).count()).toBe(0);
    expect(s.errors).toEqual([]);
  });
});
