/*
 * The embedded plan is the source's draft: no string about restoring it calls it adopted or
 * approved, and the overview does not say meetings were held because their dates are past.
 */
import { describe, expect, it } from 'vitest';
import { messagesIn } from './catalogs.ts';

const tables: Record<string, Record<string, string>> = {
  fr: messagesIn('fr'),
  en: messagesIn('en'),
  es: messagesIn('es'),
  pt: messagesIn('pt'),
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
