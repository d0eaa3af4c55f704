/*
 * A translation shown in place of a text says that it is one, into which language, and keeps
 * the authoritative original one tap away (with its lang); "originals only" shows no translation.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import LinkedText from '../../../src/lib/components/shared/LinkedText.svelte';
import Text, { translationNote } from '../../../src/lib/components/shared/Text.svelte';
import { warmUp } from '../../../src/lib/components/shared/lazy-screens.ts';
import { setLanguage } from '../../../src/lib/i18n/index.ts';

const heading = { lang: 'fr', text: 'MANDAT', translations: { en: 'MANDATE' } };

beforeAll(async () => {
  // As on the app's first screen: the note arrives with the lazily loaded screens' code.
  warmUp();
  // What warmUp loads, awaited here so that nothing is left loading when the test ends.
  await Promise.all([
    import('../../../src/lib/components/shared/TranslationNote.svelte'),
    import('../../../src/lib/components/calendar/CalendarScreen.svelte'),
    import('../../../src/lib/components/plan/PlanScreen.svelte'),
    import('../../../src/lib/components/meeting/MeetingScreen.svelte'),
  ]);
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(translationNote.view).toBeDefined();
});
afterEach(() => setLanguage('fr'));

describe('a translation beside its original', () => {
  it('is marked as a translation into the interface language, the original one tap away with its lang', async () => {
    await setLanguage('en');
    const { container } = render(Text, { value: heading });
    expect(container.textContent).toContain('MANDATE');
    expect(container.textContent).toContain('Translation (English)');
    const toggle = screen.getByRole('button', { name: 'show the original (French)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const original = container.querySelector('[lang="fr"]')!;
    expect(original.textContent).toBe('MANDAT');
    expect(original.closest('[hidden]')).not.toBeNull();
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(original.closest('[hidden]')).toBeNull();
    expect(screen.getByRole('button', { name: 'hide the original' })).toBe(toggle);
  });

  it('marks a translated paragraph the same way, its links kept', async () => {
    await setLanguage('en');
    const { container } = render(LinkedText, { value: { lang: 'fr', text: 'Le CSH se réunit.', translations: { en: 'The CSH meets.' } }, documents: [] });
    expect(container.textContent).toContain('The CSH meets.');
    expect(screen.getByRole('link', { name: 'CSH' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'show the original (French)' })).toBeTruthy();
    expect(container.querySelector('[lang="fr"]')?.textContent).toBe('Le CSH se réunit.');
  });

  it('inside a link, is only marked (no button inside the link)', async () => {
    await setLanguage('en');
    const anchor = document.createElement('a');
    anchor.href = '#/plan';
    document.body.append(anchor);
    render(Text, { target: anchor, props: { value: heading } });
    expect(anchor.textContent).toContain('MANDATE');
    expect(anchor.textContent).toContain('Translation (English)');
    expect(anchor.querySelector('button')).toBeNull();
    anchor.remove();
  });

  it('is not marked where no translation is shown: the original, with its lang', async () => {
    await setLanguage('en');
    const { container } = render(Text, { value: { lang: 'fr', text: 'MANDAT' } });
    expect(container.textContent).toBe('MANDAT');
    expect(container.querySelector('[lang="fr"]')).not.toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('gives way to the original when the user chose originals only', async () => {
    await setLanguage('en', true);
    const { container } = render(Text, { value: heading });
    expect(container.textContent).toBe('MANDAT');
    expect(container.querySelector('[lang="fr"]')?.textContent).toBe('MANDAT');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
