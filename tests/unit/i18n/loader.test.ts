/*
 * The catalogs' loader (i18n/index.ts), on a fresh copy of the module: strings exist once
 * their feature's catalog is loaded, in the interface language only; a language switch loads
 * the features in use in the new language before it shows; a screen's loader waits for its
 * catalogs; a switch during a load leaves every feature loaded in the language that won.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as shared from '../../../src/lib/i18n/index.ts';

type I18n = typeof shared;
let i18n: I18n;

beforeEach(async () => {
  vi.resetModules();
  i18n = await import('../../../src/lib/i18n/index.ts');
});
afterEach(() => vi.resetModules());

describe('loading catalogs by feature', () => {
  it('knows a string once its feature is loaded, and says loudly when it is not', async () => {
    expect(() => i18n.t('nav.plan')).toThrow(/not loaded/);
    expect(i18n.hasMessage('nav.plan')).toBe(false);
    await i18n.loadMessages(['shell']);
    expect(i18n.t('nav.plan')).toBe('Plan');
    expect(i18n.hasMessage('nav.plan')).toBe(true);
    expect(i18n.hasMessage('calendar.title')).toBe(false);
    expect(i18n.hasMessage('no.such.key')).toBe(false);
  });

  it('loads only the interface language’s catalogs, and the first screen’s from its language chunk', async () => {
    await i18n.setLanguage('en');
    await i18n.loadMessages(['shell', 'today', 'calendar']);
    expect(i18n.t('nav.calendar')).toBe('Calendar');
    expect(i18n.t('calendar.title')).toBe('Meeting calendar');
    // Nothing of French was fetched: switching back must load it first.
    expect(i18n.locale).toBe('en');
    const toFrench = i18n.setLanguage('fr');
    expect(i18n.locale).toBe('en');
    await toFrench;
    expect(i18n.locale).toBe('fr');
    expect(i18n.t('calendar.title')).toBe('Calendrier des réunions');
  });

  it('switches language with the features in use, the plan’s texts following unless originals only', async () => {
    await i18n.loadMessages(['plan', 'history']);
    await i18n.setLanguage('es', true);
    expect(i18n.t('plan.mandate', { n: 4 })).toBe('Mandato 4');
    expect(i18n.t('history.ordinal', { n: 3 })).toBe('3.º');
    expect(i18n.textLanguage).toBe('');
    await i18n.setLanguage('pt');
    expect(i18n.textLanguage).toBe('pt');
    expect(i18n.t('plan.mandate', { n: 4 })).toBe('Mandato 4');
  });

  it('opens a lazily loaded module only with its catalogs', async () => {
    const module = { default: 'screen' };
    const load = i18n.withMessages(['search'], () => Promise.resolve(module));
    expect(i18n.hasMessage('search.title')).toBe(false);
    expect(await load()).toBe(module);
    expect(i18n.t('search.title')).toBe('Rechercher dans le plan');
  });

  it('leaves a feature loaded during a switch in the language that won, and the last switch wins', async () => {
    const screen = i18n.loadMessages(['glossary']);
    const toEnglish = i18n.setLanguage('en');
    const toSpanish = i18n.setLanguage('es');
    await Promise.all([screen, toEnglish, toSpanish]);
    expect(i18n.locale).toBe('es');
    expect(i18n.t('glossary.title')).toBe(await catalogString('glossary', 'es', 'glossary.title'));
    await i18n.setLanguage('en');
    expect(i18n.t('glossary.title')).toBe(await catalogString('glossary', 'en', 'glossary.title'));
    expect(i18n.t('glossary.title')).not.toBe(await catalogString('glossary', 'es', 'glossary.title'));
  });

  it('writes the numbers of a message as the language does, with its plural form', async () => {
    await i18n.loadMessages(['today']);
    expect(i18n.t('overview.inDays', { count: 1 })).toBe('demain');
    expect(i18n.t('overview.inDays', { count: 12345 })).toBe('dans 12\u202f345 jours');
    await i18n.setLanguage('en');
    expect(i18n.t('overview.inDays', { count: 1 })).toBe('tomorrow');
    expect(i18n.t('overview.inDays', { count: 2011 })).toBe('in 2011 days');
  });
});

async function catalogString(feature: string, lang: string, key: string): Promise<string> {
  const table = (await import(`../../../src/lib/i18n/messages/${feature}/${lang}.ts`)) as { default: Record<string, string> };
  return table.default[key]!;
}
