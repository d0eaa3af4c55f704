/*
 * The embedded plan is the source's draft: no string about restoring it calls it adopted or
 * approved, and the overview does not say meetings were held because their dates are past.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en.ts';
import { enMore } from '../../../src/lib/i18n/en-more.ts';
import { es } from '../../../src/lib/i18n/es.ts';
import { esMore } from '../../../src/lib/i18n/es-more.ts';
import { fr } from '../../../src/lib/i18n/fr.ts';
import { frMore } from '../../../src/lib/i18n/fr-more.ts';
import { pt } from '../../../src/lib/i18n/pt.ts';
import { ptMore } from '../../../src/lib/i18n/pt-more.ts';

const tables: Record<string, Record<string, string>> = {
  fr: { ...fr, ...frMore }, en: { ...en, ...enMore }, es: { ...es, ...esMore }, pt: { ...pt, ...ptMore },
};
const RESTORE = ['plans.restoreHint', 'plans.restore', 'plans.confirmRestore', 'plans.restored'];

describe('wording faithful to a draft plan', () => {
  for (const [lang, table] of Object.entries(tables)) {
    it(`never says the default plan is adopted, nor that past meetings were held (${lang})`, () => {
      for (const key of RESTORE) expect(table[key], `${lang} ${key}`).not.toMatch(/adopt|aprob|aprov/i);
      expect(table['overview.completed']).not.toMatch(/eu lieu|held|celebraron|realizadas/i);
    });
  }
});
