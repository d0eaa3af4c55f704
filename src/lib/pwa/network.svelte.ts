/*
 * Whether the device is online, as reactive state, so the shell can say plainly that it is
 * offline and that everything still works.
 */
class Network {
  #online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);

  get online() {
    return this.#online;
  }

  listen(): () => void {
    const update = () => (this.#online = navigator.onLine);
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }
}

export const network = new Network();
