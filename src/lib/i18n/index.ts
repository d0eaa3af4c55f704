/*
 * Interface strings and locale-aware formatting in French, English, Spanish or Portuguese.
 * The strings are in one catalog per feature and language (messages/<feature>/<lang>.ts): a
 * device fetches only its language's catalogs, and only for the features it shows. The first
 * screen's two (shell, today) are one chunk per language (messages/<lang>.ts), loaded before
 * the app is mounted (language.ts); each other catalog is a chunk of its own, and
 * every lazy screen waits for its own (withMessages, called by its loader), so `t` is
 * synchronous and right from the first paint. `locale` is a live binding: importers always
 * read the active language.
 *
 * Why these modules and not Paraglide JS 2 (@inlang/paraglide-js 2.25.4, measured 2026-12-01 on
 * the first screen's 60 messages in the four languages, plurals included, each compiled and
 * minified by the same Vite build, gzip -9): Paraglide compiles each message to a function
 * holding all four languages, so every device downloads every language of what it shows —
 * 6,069 B (its runtime with the localStorage strategy alone is 1,355 B), the same for each
 * language. These modules cost 2,936 B (English) to 3,111 B (French): 1,540 B of code (t, the
 * loader, plurals, numbers) and one language's first-screen chunk of 1,396 to 1,571 B.
 * Paraglide would also add a compile step, and it formats no numbers.
 */
import { fill } from './fill.ts';
import { pluralForms } from './plural.ts';

export type Language = 'fr' | 'en' | 'es' | 'pt';
export const LANGUAGES: readonly Language[] = ['fr', 'en', 'es', 'pt'];

/** The features whose strings load together, named as the user sees them. */
export const FEATURES = [
  'shell',
  'today',
  'notices',
  'translations',
  'plan',
  'calendar',
  'ical',
  'meeting',
  'plan-files',
  'history',
  'search',
  'glossary',
  'forms',
  'plans',
  'personal',
  'documents',
] as const;
export type Feature = (typeof FEATURES)[number];
/** The features the first screen (any route) shows: loaded before the app is mounted. */
export const FIRST_SCREEN: readonly Feature[] = ['shell', 'today'];

// The keys are the French catalogs' (types only: no French byte reaches another language's device).
type Catalogs = {
  shell: typeof import('./messages/shell/fr.ts').default;
  today: typeof import('./messages/today/fr.ts').default;
  notices: typeof import('./messages/notices/fr.ts').default;
  translations: typeof import('./messages/translations/fr.ts').default;
  plan: typeof import('./messages/plan/fr.ts').default;
  calendar: typeof import('./messages/calendar/fr.ts').default;
  ical: typeof import('./messages/ical/fr.ts').default;
  meeting: typeof import('./messages/meeting/fr.ts').default;
  'plan-files': typeof import('./messages/plan-files/fr.ts').default;
  history: typeof import('./messages/history/fr.ts').default;
  search: typeof import('./messages/search/fr.ts').default;
  glossary: typeof import('./messages/glossary/fr.ts').default;
  forms: typeof import('./messages/forms/fr.ts').default;
  plans: typeof import('./messages/plans/fr.ts').default;
  personal: typeof import('./messages/personal/fr.ts').default;
  documents: typeof import('./messages/documents/fr.ts').default;
};
export type MessageKey = { [F in Feature]: keyof Catalogs[F] & string }[Feature];

type Table = Record<string, string>;
/** Where a language's catalogs of the features after the first screen are (messages/<lang>.ts). */
type Later = Record<Exclude<Feature, 'shell' | 'today'>, () => Promise<{ default: Table }>>;
type LanguageIndex = { shell: Table; today: Table; later: Later };
// The app's code knows four chunks, one per language: its first screen's catalogs and the
// way to the others (so the first screen holds no table of every catalog of every language).
const INDEX: Record<Language, () => Promise<LanguageIndex>> = {
  fr: () => import('./messages/fr.ts'),
  en: () => import('./messages/en.ts'),
  es: () => import('./messages/es.ts'),
  pt: () => import('./messages/pt.ts'),
};

/** The interface language (a BCP 47 primary subtag, used for Intl and `lang` attributes). */
export let locale: Language = 'fr';
/** The language the plan's texts are shown in: the interface's, or '' when the user chose originals only. */
export let textLanguage: Language | '' = 'fr';
/** The language asked for last: the one catalogs load in while a switch is under way. */
let wanted: Language = 'fr';

// Each language's loaded strings (one table per language, catalogs added as they arrive).
const tables: Record<Language, Table> = { fr: {}, en: {}, es: {}, pt: {} };
const loading = new Map<string, Promise<void>>();
const loaded = new Set<string>();
/** The features loaded so far: a language switch loads them in the new language. */
const inUse = new Set<Feature>();
let messages = tables.fr;

// Numbers in strings (counts, sizes) as the language writes them; 'min2' leaves years and
// other four-digit numbers ungrouped ("2011", but "12 345" / "12,345").
// Made when a number first needs it: the first Intl.NumberFormat of a page cost roughly 70 ms of
// a cold load's CPU at 4× throttling (CPU profiles, 2026-12-06; README "Benchmark"), and the numbers
// the first screen shows are small whole numbers, which every language here writes as
// JavaScript does (ASCII digits, no group separator below 10,000; tests/unit/i18n/numbers.test.ts).
const numberFormat = (lang: Language) => new Intl.NumberFormat(lang, { useGrouping: 'min2' });
let numbers: Intl.NumberFormat | undefined;
/** `value` as the interface language writes it. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) && value >= 0 && value < 10_000) return String(value);
  numbers ??= numberFormat(locale);
  return numbers.format(value);
}

function load(lang: Language, feature: Feature): Promise<void> {
  const id = `${feature}/${lang}`;
  let promise = loading.get(id);
  if (!promise) {
    promise = INDEX[lang]()
      .then((index) => (feature === 'shell' || feature === 'today' ? index[feature] : index.later[feature]().then((m) => m.default)))
      .then((table) => {
        Object.assign(tables[lang], table);
        loaded.add(id);
      });
    // A failed fetch (offline before the worker cached it) may be retried by the next call.
    promise.catch(() => loading.delete(id));
    loading.set(id, promise);
  }
  return promise;
}

/**
 * Loads the catalogs of `features` in the interface language (and in the language being
 * switched to, if any); resolves when `t` knows all their keys in both.
 */
export async function loadMessages(features: readonly Feature[]): Promise<void> {
  for (const feature of features) inUse.add(feature);
  const ready = () => features.every((f) => loaded.has(`${f}/${locale}`) && loaded.has(`${f}/${wanted}`));
  while (!ready()) await Promise.all([...new Set([locale, wanted])].flatMap((lang) => features.map((f) => load(lang, f))));
}

/** `load` with the catalogs of `features`, both fetched at once: for lazily loaded modules that show strings. */
export function withMessages<T>(features: readonly Feature[], load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadMessages(features)]).then(([module]) => module);
}

/**
 * Makes `lang` the interface language once the features in use are loaded in it; the plan's
 * texts are shown in it too unless `originalsOnly`.
 */
export async function setLanguage(lang: Language, originalsOnly = false): Promise<void> {
  wanted = lang;
  await loadMessages([...inUse]);
  if (wanted !== lang) return; // a later switch wins
  locale = lang;
  textLanguage = originalsOnly ? '' : lang;
  messages = tables[lang];
  numbers = undefined;
}

/** `pattern` filled from `params`, numbers formatted for the interface language. */
function fillLocal(pattern: string, params: Record<string, string | number>): string {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) shown[name] = typeof value === 'number' ? formatNumber(value) : value;
  return fill(pattern, shown);
}

/** Whether `key` is a message of the loaded catalogs (for names looked up from data, e.g. a command's). */
export const hasMessage = (key: string): key is MessageKey => Object.hasOwn(messages, key);

/**
 * The interface string for `key`: its plural parts chosen for the numbers in `params`, its
 * `{name}` placeholders replaced from `params`.
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const pattern = messages[key];
  if (pattern === undefined) {
    // A screen shown before its feature's catalog: a bug in its loader, loud in development.
    if (import.meta.env.DEV) throw new Error(`Message ${key} is not loaded in ${locale}`);
    return key;
  }
  return fillLocal(pluralForms(pattern, params, locale), params);
}
