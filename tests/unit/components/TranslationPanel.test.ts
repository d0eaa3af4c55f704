import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import TranslationPanel from '../../../src/lib/components/forms/TranslationPanel.svelte';
import { db } from '../../../src/lib/db/db.ts';
import { commandsOn, seedAppDb } from './app-db.ts';

const S2 = 'mispa-iii/s2';
const section = mispaIII.sections.find((s) => s.id === S2)!;
const select = (label: string) => screen.getByLabelText(label) as HTMLSelectElement;
const translation = () => screen.getByLabelText('Traduction', { exact: false, selector: 'textarea' }) as HTMLTextAreaElement;

beforeEach(async () => {
  await seedAppDb();
});

describe('TranslationPanel', () => {
  it('lists every text of the record and the languages it is not written in', () => {
    render(TranslationPanel, { bundle: mispaIII, table: 'sections', id: S2 });
    const texts = [...select('Texte à traduire').options].map((o) => o.value);
    expect(texts).toEqual(['heading', ...section.paragraphs.map((_, i) => `paragraphs.${i}.text`), ...section.signature!.map((_, i) => `signature.${i}`)]);
    expect([...select('Langue de la traduction').options].map((o) => o.value)).toEqual(['en', 'es', 'pt']);
    expect(translation().value).toBe('');
  });

  it('saves a translation of a paragraph through the command, and shows a stored one', async () => {
    const { rerender } = render(TranslationPanel, { bundle: mispaIII, table: 'sections', id: S2 });
    await fireEvent.change(select('Texte à traduire'), { target: { value: 'paragraphs.0.text' } });
    await fireEvent.change(select('Langue de la traduction'), { target: { value: 'es' } });
    await fireEvent.input(translation(), { target: { value: 'Primer párrafo' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Valider la traduction' }));
    await waitFor(async () => expect((await db.sections.get(S2))?.paragraphs[0]?.text.translations).toEqual({ es: 'Primer párrafo' }));
    expect(await commandsOn(S2)).toEqual(['setTranslation']);
    // The screen passes the live bundle again: each language shows its own translation.
    const stored = (await db.sections.get(S2))!;
    await rerender({ bundle: { ...mispaIII, sections: mispaIII.sections.map((s) => (s.id === S2 ? stored : s)) }, table: 'sections', id: S2 });
    await fireEvent.change(select('Langue de la traduction'), { target: { value: 'en' } });
    expect(translation().value).toBe('');
    await fireEvent.change(select('Langue de la traduction'), { target: { value: 'es' } });
    expect(translation().value).toBe('Primer párrafo');
  });

  it('shows nothing for a record without text', () => {
    const { container } = render(TranslationPanel, { bundle: mispaIII, table: 'meetings', id: mispaIII.meetings.find((m) => m.kind === 'working-group')!.id });
    expect(container.querySelector('section')).toBeNull();
  });
});
