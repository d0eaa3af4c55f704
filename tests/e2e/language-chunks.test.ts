/*
 * A device fetches the strings of its own language only: an English phone asks for no French
 * catalog (nor Spanish nor Portuguese) before the overview is usable, nor when a screen with
 * its own catalogs opens; a French phone asks for no other language's. Catalog chunks are
 * named by their language in the build (messages/<feature>/<lang>.ts → <lang>-<hash>.js).
 */
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { goto, openSession, type Session } from './browser.ts';

const CATALOG = /\/(fr|en|es|pt)-[\w-]+\.js$/;
const builtCatalogs = readdirSync('dist/assets').filter((file) => CATALOG.test(`/${file}`));

/** The languages of the catalog chunks the page itself asked for (not the worker's precache). */
const languagesAsked = (urls: string[]) => [...new Set(urls.flatMap((url) => CATALOG.exec(url)?.[1] ?? []))];

describe('language chunks', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('are built one set per language', () => {
    for (const lang of ['fr', 'en', 'es', 'pt']) expect(builtCatalogs.filter((f) => f.startsWith(`${lang}-`)).length, lang).toBeGreaterThan(10);
  });

  for (const [locale, lang, heading] of [
    ['en-US', 'en', /meeting of the group/i],
    ['fr-FR', 'fr', /réunion du groupe/i],
  ] as const) {
    it(`on a ${lang} device, are of ${lang} only, before the overview is usable and with a screen's own catalogs`, async () => {
      session = await openSession({ locale });
      const asked: string[] = [];
      session.page.on('request', (request) => asked.push(request.url()));
      await goto(session, '#/');
      await session.page.getByRole('heading', { level: 2, name: heading }).first().waitFor();
      const beforeUsable = asked.filter((url) => CATALOG.test(url));
      expect(languagesAsked(beforeUsable)).toEqual([lang]);
      expect(beforeUsable.length).toBeGreaterThan(0);
      await goto(session, '#/calendar');
      expect(languagesAsked(asked)).toEqual([lang]);
      expect(asked.filter((url) => CATALOG.test(url)).length).toBeGreaterThan(1);
    });
  }
});
