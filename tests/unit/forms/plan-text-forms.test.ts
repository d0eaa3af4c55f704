import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { mandateErrors, mandatePatch, mandateValues } from '../../../src/lib/forms/mandate-form.ts';
import { documentErrors, documentPatch, resolutionPatch, resolutionValues } from '../../../src/lib/forms/reference-form.ts';
import { sectionErrors, sectionPatch, sectionValues } from '../../../src/lib/forms/section-form.ts';
import { editedText, textsFromLines } from '../../../src/lib/forms/text-values.ts';

const m5 = mispaIII.mandates.find((m) => m.id === 'mispa-iii/m5')!;
const s2 = mispaIII.sections.find((s) => s.id === 'mispa-iii/s2')!;

describe('plan text forms', () => {
  it('keeps an unchanged text whole (translations too) and re-languages a changed one', () => {
    const before = { lang: 'fr', text: 'CSH', translations: { en: 'CSH' } };
    expect(editedText(before, ' CSH ', 'es')).toBe(before);
    expect(editedText(before, 'CP', 'es')).toEqual({ lang: 'fr', text: 'CP' });
    expect(editedText(undefined, 'CP', 'es')).toEqual({ lang: 'es', text: 'CP' });
    expect(textsFromLines('CSH\n \n  Secrétariat  \r\n', [before], 'fr')).toEqual([before, { lang: 'fr', text: 'Secrétariat' }]);
  });

  it('drops the confirmation note once the flag is cleared, and names the line of a bad body', () => {
    const values = { ...mandateValues(m5), toBeConfirmed: false };
    expect(mandatePatch(values, 'fr', m5)).toMatchObject({ toBeConfirmed: false, confirmationNote: null, responsible: m5.responsible });
    expect(mandatePatch(mandateValues(m5), 'fr', m5).confirmationNote).toBe(m5.confirmationNote);
    expect(mandateErrors({ ...values, responsible: `\n${'x'.repeat(301)}` }, 'fr')).toEqual({
      responsible: 'Ligne 2 : Ce texte est trop long : 300 caractères au plus.',
    });
    expect(mandateErrors({ ...values, toBeConfirmed: true, confirmationNote: 'x'.repeat(2001) }, 'fr').confirmationNote).toContain('2000');
    expect(mandateErrors({ ...values, toBeConfirmed: false, confirmationNote: 'x'.repeat(2001) }, 'fr')).toEqual({});
  });

  it('keeps a due date, removes one the user cleared, and says when it is not a real day', () => {
    expect(mandateValues(m5).dueDate).toBe('');
    expect(mandatePatch({ ...mandateValues(m5), dueDate: '2011-10-20' }, 'fr', m5).dueDate).toBe('2011-10-20');
    expect(mandatePatch(mandateValues({ ...m5, dueDate: '2011-10-20' }), 'fr', m5).dueDate).toBe('2011-10-20');
    expect(mandatePatch({ ...mandateValues(m5), dueDate: ' ' }, 'fr', m5).dueDate).toBeNull();
    expect(mandateErrors({ ...mandateValues(m5), dueDate: '2011-02-30' }, 'fr').dueDate).toContain('2011-02-30');
  });

  it('removes a number or signature the user cleared', () => {
    const patch = sectionPatch({ ...sectionValues(s2), number: ' ', signature: '\n' }, s2);
    expect(patch).toEqual({ heading: s2.heading, number: null, signature: null });
    expect(sectionErrors({ number: '', heading: '', signature: '' }, 'fr')).toEqual({ heading: 'Ce champ est obligatoire.' });
  });

  it('checks resolutions and documents, and never touches where a document is cited', () => {
    const res = mispaIII.resolutions[0]!;
    expect(resolutionPatch({ ...resolutionValues(res), note: '' }, 'fr', res)).toMatchObject({ note: null, symbol: res.symbol });
    const doc = mispaIII.documents[0]!;
    expect(documentPatch({ symbol: ` ${doc.symbol} `, title: '' }, 'fr', doc)).toEqual({ symbol: doc.symbol, title: null });
    expect(documentErrors({ symbol: 'A', title: '' }, 'fr', [{ id: 'x', symbol: 'A ' }])).toEqual({
      symbol: 'Un autre document de ce plan porte déjà cette cote.',
    });
  });
});
