/* Every catalog's strings, by language and feature, for the tests that read the tables themselves. */
import { FEATURES, LANGUAGES, type Feature, type Language } from '../../../src/lib/i18n/index.ts';

const modules = import.meta.glob<{ default: Record<string, string> }>('../../../src/lib/i18n/messages/*/*.ts', { eager: true });

/** The catalog of `feature` in `lang`. */
export function catalog(feature: Feature, lang: Language): Record<string, string> {
  const module = modules[`../../../src/lib/i18n/messages/${feature}/${lang}.ts`];
  if (!module) throw new Error(`No catalog ${feature}/${lang}`);
  return module.default;
}

/** All the strings of `lang`, every feature's. */
export function messagesIn(lang: Language): Record<string, string> {
  return Object.assign({}, ...FEATURES.map((feature) => catalog(feature, lang))) as Record<string, string>;
}

export { FEATURES, LANGUAGES };
