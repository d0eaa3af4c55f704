/*
 * The current route as reactive state, following the location hash.
 */
import { parseHash, type Route } from './routes.ts';

class Router {
  #route = $state<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));

  get route(): Route {
    return this.#route;
  }

  /** Starts following hash changes; returns the function that stops. */
  listen(): () => void {
    const update = () => (this.#route = parseHash(location.hash));
    update();
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }
}

export const router = new Router();
