import { describe, expect, it } from 'vitest';
import { textAt, textsOf, withTranslation } from '../../../src/lib/domain/translations.ts';
import { fr, makeMandate } from '../factories.ts';

const section = {
  id: 's1',
  heading: fr('Contexte'),
  number: 'I',
  paragraphs: [
    { id: 'p1', text: fr('Premier') },
    { id: 'p2', text: { ...fr('Second'), translations: { en: 'Second one' } } },
  ],
  signature: [fr('')],
};

describe('texts of a record', () => {
  it('finds every text with words, however deep, by its path', () => {
    expect(textsOf(section).map((x) => x.path)).toEqual(['heading', 'paragraphs.0.text', 'paragraphs.1.text']);
    expect(textAt(section, 'paragraphs.1.text')?.translations).toEqual({ en: 'Second one' });
    expect(textAt(section, 'number')).toBeUndefined();
  });

  it('adds, replaces and removes a translation at a path, leaving the record as it was', () => {
    const added = withTranslation(section, 'paragraphs.0.text', 'es', '  Primero ')!;
    expect(added.paragraphs[0]!.text).toEqual({ lang: 'fr', text: 'Premier', translations: { es: 'Primero' } });
    expect(added.paragraphs[1]).toBe(section.paragraphs[1]);
    expect(section.paragraphs[0]!.text.translations).toBeUndefined();
    const replaced = withTranslation(section, 'paragraphs.1.text', 'en', 'The second')!;
    expect(replaced.paragraphs[1]!.text.translations).toEqual({ en: 'The second' });
    const removed = withTranslation(section, 'paragraphs.1.text', 'en', ' ')!;
    expect(removed.paragraphs[1]!.text).toEqual({ lang: 'fr', text: 'Second' });
    const mandate = makeMandate({ responsible: [fr('CSH'), fr('SSM')] });
    expect(withTranslation(mandate, 'responsible.1', 'en', 'MSS')!.responsible[1]).toEqual({ lang: 'fr', text: 'SSM', translations: { en: 'MSS' } });
  });

  it('refuses a path without a text, and a translation into the text’s own language', () => {
    expect(withTranslation(section, 'number', 'en', 'One')).toBeUndefined();
    expect(withTranslation(section, 'paragraphs.5.text', 'en', 'Five')).toBeUndefined();
    expect(withTranslation(section, 'heading', 'fr', 'Contexte')).toBeUndefined();
  });
});
