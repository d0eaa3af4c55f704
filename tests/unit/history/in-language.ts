/* Switches the interface language for a test, with every table the lazy screens use. */
import { en } from '../../../src/lib/i18n/en.ts';
import { enMore } from '../../../src/lib/i18n/en-more.ts';
import { es } from '../../../src/lib/i18n/es.ts';
import { esMore } from '../../../src/lib/i18n/es-more.ts';
import { fr } from '../../../src/lib/i18n/fr.ts';
import { useLanguage, type Language } from '../../../src/lib/i18n/index.ts';
import { pt } from '../../../src/lib/i18n/pt.ts';
import { ptMore } from '../../../src/lib/i18n/pt-more.ts';

export function inLanguage(lang: Language): void {
  if (lang === 'fr') useLanguage('fr', fr);
  else if (lang === 'en') useLanguage('en', en, enMore);
  else if (lang === 'es') useLanguage('es', es, esMore);
  else useLanguage('pt', pt, ptMore);
}
