import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import OverviewScreen from '../../../src/lib/components/today/OverviewScreen.svelte';
import { formatDate, formatTime } from '../../../src/lib/i18n/format.ts';
import { locale, t } from '../../../src/lib/i18n/index.ts';
import { detectLanguage, initialLanguage, LANGUAGE_KEY, loadLanguage } from '../../../src/lib/i18n/language.ts';
import { catalog, FEATURES, LANGUAGES, messagesIn } from './catalogs.ts';

// `{name}` or `{name, plural, ...}`; not a plural's form, `=1 {demain}`.
const placeholders = (text: string) => [...new Set([...text.matchAll(/(?<!(?:=\d+|zero|one|two|few|many|other) )\{(\w+)[,}]/g)].map((m) => m[1]))].sort();

describe('language tables', () => {
  for (const name of FEATURES) {
    const tables = Object.fromEntries(LANGUAGES.map((lang) => [lang, catalog(name, lang)]));
    it(`all four languages have the same ${name} keys, no empty value and the same placeholders`, () => {
      const keys = Object.keys(tables.fr!).sort();
      for (const [lang, table] of Object.entries(tables)) {
        expect(Object.keys(table).sort(), lang).toEqual(keys);
        for (const key of keys) {
          expect(table[key]!.trim(), `${lang} ${key}`).not.toBe('');
          expect(placeholders(table[key]!), `${lang} ${key}`).toEqual(placeholders(tables.fr![key]!));
        }
      }
    });
  }

  it('names every command, record kind and field of the history in each language', () => {
    const names = (lang: (typeof LANGUAGES)[number], kind: string) => Object.entries(messagesIn(lang)).filter(([key]) => key.startsWith(`history.${kind}.`));
    for (const lang of LANGUAGES) {
      for (const kind of ['command', 'table', 'field']) {
        expect(
          names(lang, kind)
            .map(([key]) => key)
            .sort(),
          lang,
        ).toEqual(
          names('fr', kind)
            .map(([key]) => key)
            .sort(),
        );
        expect(names('fr', kind).length).toBeGreaterThan(5);
        for (const [, value] of names(lang, kind)) expect(value.trim(), lang).not.toBe('');
      }
    }
  });
});

describe('choosing the language', () => {
  afterEach(async () => {
    localStorage.clear();
    await loadLanguage('fr');
  });

  it('takes the first device language the app knows, by primary subtag, else French', () => {
    expect(detectLanguage(['de-DE', 'es-MX', 'en-US'])).toBe('es');
    expect(detectLanguage(['pt-BR'])).toBe('pt');
    expect(detectLanguage(['EN_gb', 'fr'])).toBe('en');
    expect(detectLanguage(['de', 'it'])).toBe('fr');
    expect(detectLanguage([])).toBe('fr');
  });

  it('lets the remembered choice win over the device languages', () => {
    expect(detectLanguage(['en-US'], 'pt')).toBe('pt');
    expect(detectLanguage(['en-US'], 'xx')).toBe('en');
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages');
    Object.defineProperty(navigator, 'languages', { value: ['es-ES', 'en'], configurable: true });
    try {
      expect(initialLanguage()).toBe('es');
      localStorage.setItem(LANGUAGE_KEY, 'en');
      expect(initialLanguage()).toBe('en');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
      if (languages) Object.defineProperty(Navigator.prototype, 'languages', languages);
    }
  });

  it('switches strings, Intl formatting and the document language together', async () => {
    await loadLanguage('es');
    expect(locale).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(t('nav.calendar')).toBe('Calendario');
    expect(t('plan.mandate', { n: 4 })).toBe('Mandato 4');
    expect(t('overview.agendaCount', { count: 12345 })).toBe('12.345 puntos del orden del día');
    expect(formatDate('2011-09-15')).toBe('15 de septiembre de 2011');
    await loadLanguage('en');
    expect(formatDate('2011-09-15')).toBe('September 15, 2011');
    expect(formatTime('14:05')).toBe('2:05 PM');
    await loadLanguage('fr');
    expect(formatDate('2011-09-15')).toBe('15 septembre 2011');
    expect(t('plan.mandate', { n: 4 })).toBe('Mandat 4');
  });

  it('shows the overview in English with English dates, the French plan text marked lang="fr"', async () => {
    await loadLanguage('en');
    const { container } = render(OverviewScreen, { bundle: mispaIII, now: new Date('2011-09-16T15:00:00Z') });
    expect(screen.getByRole('heading', { name: 'Next meeting of the group' })).toBeTruthy();
    expect(screen.getByText('in 6 days')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Working group meeting of September 22, 2011' })).toBeTruthy();
    const goal = screen.getByRole('region', { name: 'Meeting being prepared' });
    expect(goal.textContent).toMatch(/November 17\s–\s18, 2011/);
    expect(goal.querySelector('a')?.getAttribute('lang')).toBe('fr');
    const title = screen.getByRole('heading', { level: 1 });
    expect(title.textContent).toContain('Plan de travail du Groupe de travail');
    expect(title.querySelector('[lang="fr"]')?.textContent).toContain('Plan de travail du Groupe de travail');
    expect(container.textContent).toContain('Chair');
  });
});
