import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import OverviewScreen from '../../../src/lib/components/overview/OverviewScreen.svelte';
import { en } from '../../../src/lib/i18n/en.ts';
import { enMore } from '../../../src/lib/i18n/en-more.ts';
import { es } from '../../../src/lib/i18n/es.ts';
import { esMore } from '../../../src/lib/i18n/es-more.ts';
import { formatDate, formatTime } from '../../../src/lib/i18n/format.ts';
import { fr } from '../../../src/lib/i18n/fr.ts';
import { commandNamesFr, fieldNamesFr, tableNamesFr } from '../../../src/lib/i18n/fr-changes.ts';
import { changeWords } from '../../../src/lib/i18n/other-changes.ts';
import { frMore } from '../../../src/lib/i18n/fr-more.ts';
import { locale, t } from '../../../src/lib/i18n/index.ts';
import { detectLanguage, initialLanguage, LANGUAGE_KEY, loadLanguage } from '../../../src/lib/i18n/language.ts';
import { t as tMore } from '../../../src/lib/i18n/more.ts';
import { pt } from '../../../src/lib/i18n/pt.ts';
import { ptMore } from '../../../src/lib/i18n/pt-more.ts';

const core: Record<string, Record<string, string>> = { fr, en, es, pt };
const more: Record<string, Record<string, string>> = { fr: frMore, en: enMore, es: esMore, pt: ptMore };
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();

describe('language tables', () => {
  for (const [name, tables] of [['core', core], ['more', more]] as const) {
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
    for (const [lang, words] of Object.entries(changeWords)) {
      expect(Object.keys(words.commands).sort(), lang).toEqual(Object.keys(commandNamesFr).sort());
      expect(Object.keys(words.tables).sort(), lang).toEqual(Object.keys(tableNamesFr).sort());
      expect(Object.keys(words.fields).sort(), lang).toEqual(Object.keys(fieldNamesFr).sort());
      for (const value of [...Object.values(words.commands), ...Object.values(words.tables), ...Object.values(words.fields)]) {
        expect(value.trim(), lang).not.toBe('');
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
    expect(tMore('plan.mandate', { n: 4 })).toBe('Mandato 4');
    expect(tMore('overview.agendaCount', { count: 12345 })).toBe('12.345 puntos del orden del día');
    expect(formatDate('2011-09-15')).toBe('15 de septiembre de 2011');
    await loadLanguage('en');
    expect(formatDate('2011-09-15')).toBe('September 15, 2011');
    expect(formatTime('14:05')).toBe('2:05 PM');
    await loadLanguage('fr');
    expect(formatDate('2011-09-15')).toBe('15 septembre 2011');
    expect(tMore('plan.mandate', { n: 4 })).toBe('Mandat 4');
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
