/*
 * The browser's offer to install the app (beforeinstallprompt, Chromium's), kept from the
 * moment the page loads: it can come before the first screen is shown, and the app's own,
 * quieter offer (components/shared/InstallOffer.svelte) is loaded only after it. Keeping it
 * means the browser's own banner does not show: the app offers installing once, when it
 * judges it useful (install-offer.ts). Tiny on purpose: the first screen carries it.
 */
export type InstallPromptEvent = Event & {
  prompt: () => Promise<unknown>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
};

class InstallPrompt {
  #event = $state.raw<InstallPromptEvent>();
  #installed = $state(false);

  /** The kept offer, until it is used or the app is installed. */
  get event() {
    return this.#installed ? undefined : this.#event;
  }
  get installed() {
    return this.#installed;
  }

  listen(target: EventTarget = window): void {
    target.addEventListener('beforeinstallprompt', (event) => {
      event.preventDefault();
      this.#event = event as InstallPromptEvent;
    });
    target.addEventListener('appinstalled', () => (this.#installed = true));
  }

  /** The browser's dialog; true when the user installed. An offer can be shown once only. */
  async prompt(): Promise<boolean> {
    const event = this.event;
    if (!event) return false;
    this.#event = undefined;
    await event.prompt();
    const { outcome } = await event.userChoice;
    if (outcome === 'accepted') this.#installed = true;
    return outcome === 'accepted';
  }
}

export const installPrompt = new InstallPrompt();
