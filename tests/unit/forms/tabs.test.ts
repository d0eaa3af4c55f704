import { describe, expect, it } from 'vitest';
import { ALIVE_MS, claimTabId, claimTabNow, isAlive, LEFT_GRACE_MS, readTab, TAB_KEY, TAB_PREFIX, writeTab, type TabEnv } from '../../../src/lib/forms/tabs.ts';

/** Two storages and a clock as one tab sees them; `answers`: ids a live tab answers for. */
function tabEnv(session: Map<string, string>, local: Map<string, string>, now: number, answers: string[] = []) {
  const asked: string[] = [];
  let next = 0;
  const storage = (map: Map<string, string>) => ({
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  });
  const env: TabEnv = {
    session: storage(session),
    local: storage(local),
    now: () => now,
    newId: () => `new-${++next}`,
    ask: async (id) => (asked.push(id), answers.includes(id)),
  };
  return { env, asked };
}

describe('claimTabId', () => {
  it('gives a new tab a new id and keeps it in sessionStorage', async () => {
    const session = new Map<string, string>();
    const { env, asked } = tabEnv(session, new Map(), 1000);
    expect(await claimTabId(env)).toBe('new-1');
    expect(session.get(TAB_KEY)).toBe('new-1');
    expect(asked).toEqual([]);
  });

  it('keeps the id across a reload (the page marked the tab left) without asking anyone', async () => {
    const local = new Map<string, string>();
    const before = tabEnv(new Map([[TAB_KEY, 'a']]), local, 1000);
    writeTab(before.env, 'a', 'page-1', 'open');
    writeTab(before.env, 'a', 'page-1', 'left');
    const { env, asked } = tabEnv(new Map([[TAB_KEY, 'a']]), local, 1500);
    expect(await claimTabId(env)).toBe('a');
    expect(asked).toEqual([]);
  });

  it('takes a new id in a duplicated tab, whose copied id a live tab answers for', async () => {
    const local = new Map<string, string>();
    const original = tabEnv(new Map([[TAB_KEY, 'a']]), local, 1000);
    writeTab(original.env, 'a', 'page-1', 'open');
    const copy = tabEnv(new Map([[TAB_KEY, 'a']]), local, 2000, ['a']);
    expect(await claimTabId(copy.env)).toBe('new-1');
    expect(copy.asked).toEqual(['a']);
  });

  it('keeps the id of a tab restored after a crash: its record is open but nobody answers', async () => {
    const local = new Map<string, string>();
    writeTab(tabEnv(new Map(), local, 1000).env, 'a', 'page-1', 'open');
    const soon = tabEnv(new Map([[TAB_KEY, 'a']]), local, 3000);
    expect(await claimTabId(soon.env)).toBe('a');
    expect(soon.asked).toEqual(['a']);
    const later = tabEnv(new Map([[TAB_KEY, 'a']]), local, 1000 + ALIVE_MS);
    expect(await claimTabId(later.env)).toBe('a');
    expect(later.asked).toEqual([]);
  });
});

describe('isAlive', () => {
  it('counts an open tab alive while its heartbeat is fresh, a left one only for the length of a reload', () => {
    const local = new Map<string, string>();
    const { env } = tabEnv(new Map(), local, 10_000);
    writeTab(env, 'open', 'p', 'open');
    writeTab(env, 'left', 'p', 'left');
    expect(local.has(`${TAB_PREFIX}open`)).toBe(true);
    const open = readTab(env.local, 'open');
    const left = readTab(env.local, 'left');
    expect(isAlive(open, 10_000 + ALIVE_MS - 1)).toBe(true);
    expect(isAlive(open, 10_000 + ALIVE_MS)).toBe(false);
    expect(isAlive(left, 10_000 + LEFT_GRACE_MS - 1)).toBe(true);
    expect(isAlive(left, 10_000 + LEFT_GRACE_MS)).toBe(false);
    expect(isAlive(readTab(env.local, 'never'), 10_000)).toBe(false);
  });
});

describe('claimTabNow', () => {
  it('gives an id at once, keeping a doubtful one to confirm without making forms wait in the usual case', () => {
    const local = new Map<string, string>();
    writeTab(tabEnv(new Map(), local, 1000).env, 'a', 'page-1', 'open');
    expect(claimTabNow(tabEnv(new Map([[TAB_KEY, 'a']]), local, 2000).env)).toEqual({ id: 'new-1', doubt: 'a' });
    expect(claimTabNow(tabEnv(new Map([[TAB_KEY, 'b']]), local, 2000).env)).toEqual({ id: 'b' });
  });
});
