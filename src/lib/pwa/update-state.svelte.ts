/*
 * What the service worker means for the user, as reactive state with two notices: "ready to
 * work offline" (first install) and "update available" (a new version is waiting). The
 * worker bridge (register.ts) sets it; UpdatePrompt.svelte shows it.
 */
class UpdateState {
  #offlineReady = $state(false);
  #updateAvailable = $state(false);
  #apply: (() => void) | undefined;

  get offlineReady() {
    return this.#offlineReady;
  }
  get updateAvailable() {
    return this.#updateAvailable;
  }

  markOfflineReady() {
    this.#offlineReady = true;
  }

  /** A new worker is waiting; `apply` activates it and reloads the page. */
  markUpdateAvailable(apply: () => void) {
    this.#apply = apply;
    this.#updateAvailable = true;
  }

  /** The user accepted the update. */
  applyUpdate() {
    this.#updateAvailable = false;
    this.#apply?.();
  }

  dismiss() {
    this.#offlineReady = false;
    this.#updateAvailable = false;
  }
}

export const updateState = new UpdateState();
