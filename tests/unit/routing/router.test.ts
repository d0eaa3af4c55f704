import { afterEach, describe, expect, it } from 'vitest';
import { router } from '../../../src/lib/routing/router.svelte.ts';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  location.hash = '';
});

const go = (hash: string) => {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
};

describe('router', () => {
  it('follows the hash', () => {
    stop = router.listen();
    go('#/calendar');
    expect(router.route).toEqual({ name: 'calendar' });
  });

  it('stays on the screen and puts the address back when leaving is refused', () => {
    go('#/edit/meeting/m1');
    let allow = false;
    stop = router.listen(() => allow);
    go('#/calendar');
    expect(router.route).toEqual({ name: 'edit', target: 'meeting', id: 'm1' });
    expect(location.hash).toBe('#/edit/meeting/m1');
    allow = true;
    go('#/calendar');
    expect(router.route).toEqual({ name: 'calendar' });
  });
});
