import { beforeEach, describe, expect, it } from 'vitest';
import { countVisit, rememberDone } from '../../../src/lib/pwa/install-memory.ts';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

/** A new tab: its session storage starts empty, the device's local storage stays. */
const newTab = () => sessionStorage.clear();

describe('install memory', () => {
  it('counts a visit once per tab session, however often the page reloads', () => {
    expect(countVisit(localStorage, sessionStorage)).toEqual({ visits: 1, done: false });
    expect(countVisit(localStorage, sessionStorage)).toEqual({ visits: 1, done: false });
    newTab();
    expect(countVisit(localStorage, sessionStorage)).toEqual({ visits: 2, done: false });
  });

  it('remembers the offer done with for good, visits still counted', () => {
    countVisit(localStorage, sessionStorage);
    rememberDone(localStorage);
    newTab();
    expect(countVisit(localStorage, sessionStorage)).toEqual({ visits: 2, done: true });
  });

  it('starts again from what it can read of a damaged entry', () => {
    for (const stored of ['not json', 'null', '{"visits":"many","done":"yes"}', '{"visits":-3}']) {
      localStorage.setItem('quorum:install', stored);
      newTab();
      expect(countVisit(localStorage, sessionStorage)).toEqual({ visits: 1, done: false });
    }
  });

  it('makes no offer when storage is refused (private mode, disabled): never one on every visit', () => {
    const refused = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('refused', 'SecurityError');
      },
    } as unknown as Storage;
    expect(countVisit(refused, sessionStorage)).toEqual({ visits: 0, done: true });
    expect(() => rememberDone(refused)).not.toThrow();
  });
});
