/* Switches the interface language for a test, with every catalog the screens use (setup.ts loads them all). */
import { setLanguage, type Language } from '../../../src/lib/i18n/index.ts';

export function inLanguage(lang: Language): Promise<void> {
  return setLanguage(lang);
}
