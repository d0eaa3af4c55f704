import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import InstallOffer from '../../../src/lib/components/shared/InstallOffer.svelte';
import { installPrompt } from '../../../src/lib/pwa/install-prompt.svelte.ts';

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

installPrompt.listen(window);

/** Chromium's event saying the app can be installed; its dialog answers `outcome`. */
function browserOffers(outcome: 'accepted' | 'dismissed' = 'dismissed') {
  const prompt = vi.fn(() => Promise.resolve());
  window.dispatchEvent(Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt, userChoice: Promise.resolve({ outcome }) }));
  return prompt;
}

/** A visit in a new tab, after `before` earlier ones on this device. */
function visit(before: number) {
  sessionStorage.clear();
  const stored = JSON.parse(localStorage.getItem('quorum:install') ?? '{}') as object;
  localStorage.setItem('quorum:install', JSON.stringify({ ...stored, visits: before }));
  return render(InstallOffer);
}

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('matchMedia', () => ({ matches: false }));
});
afterEach(() => {
  vi.unstubAllGlobals();
  Object.defineProperty(navigator, 'userAgent', { value: 'jsdom', configurable: true });
});

describe('InstallOffer', () => {
  it('says nothing on a first visit, even when the browser offers installing', () => {
    browserOffers();
    visit(0);
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('offers installing from the second visit on, and never again after “Not now”', async () => {
    const prompt = browserOffers();
    const first = visit(1);
    const offer = screen.getByRole('complementary', { name: 'Installer Quorum' });
    expect(offer.textContent).toContain('même hors ligne');
    await fireEvent.click(screen.getByRole('button', { name: 'Pas maintenant' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(prompt).not.toHaveBeenCalled();
    first.unmount();

    browserOffers();
    visit(2);
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('opens the browser’s own dialog on “Install”, then is gone for good whatever the answer', async () => {
    const prompt = browserOffers('dismissed');
    const first = visit(3);
    await fireEvent.click(screen.getByRole('button', { name: 'Installer' }));
    expect(prompt).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(screen.queryByRole('complementary')).toBeNull());
    first.unmount();
    browserOffers();
    visit(4);
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('shows the Add to Home Screen steps once on iPhone Safari, never in the installed app', async () => {
    await installPrompt.prompt(); // the earlier tests' offer used: Safari gives none
    Object.defineProperty(navigator, 'userAgent', { value: IPHONE, configurable: true });
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(display-mode: standalone)' }));
    visit(1).unmount();
    expect(screen.queryByRole('complementary')).toBeNull();

    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    const first = visit(1);
    expect(screen.getByRole('complementary').textContent).toContain('bouton Partager de Safari, puis «\u00a0Sur l’écran d’accueil\u00a0»');
    await fireEvent.click(screen.getByRole('button', { name: 'Compris' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    first.unmount();
    visit(2);
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});
