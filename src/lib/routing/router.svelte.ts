/*
 * The current route as reactive state, following the location hash. A guard can refuse to
 * leave the current screen (unsaved input the user wants to keep): the address is put back.
 */
import { parseHash, type Route } from './routes.ts';

class Router {
  #route = $state<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));

  get route(): Route {
    return this.#route;
  }

  /** Starts following hash changes; `canLeave` is asked first. Returns the function that stops. */
  listen(canLeave: () => boolean = () => true): () => void {
    let current = location.hash;
    const update = () => {
      if (location.hash === current) return;
      if (!canLeave()) {
        history.replaceState(history.state, '', current || '#/');
        return;
      }
      current = location.hash;
      this.#route = parseHash(current);
    };
    this.#route = parseHash(current);
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }
}

export const router = new Router();
