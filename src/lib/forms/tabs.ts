/*
 * Which browser tab this is, and which tabs are still alive, so that unsaved input is kept
 * per tab (drafts.ts). A tab's id lives in sessionStorage: it survives a reload and the
 * restore of a crashed tab, and a new tab starts without one. "Duplicate tab" copies
 * sessionStorage, so an id whose tab is still alive is not taken: the copy asks over a
 * BroadcastChannel whether a live tab answers for it, and takes a new id if one does.
 * Each live tab keeps a record in localStorage ("quorum:tab:<id>") with a heartbeat, marked
 * "left" when its page goes away (a close, or the first half of a reload); a tab whose record
 * is stale or left for a while is gone, and its drafts are offered to other tabs, never
 * restored into them silently. Pure over the storages and clock it is given, for tests.
 */
export const TAB_KEY = 'quorum:tab';
export const TAB_PREFIX = 'quorum:tab:';
export const HEARTBEAT_MS = 5_000;
/** A hidden tab's timers may be throttled to one a minute: a record older than this is a dead tab's. */
export const ALIVE_MS = 90_000;
/** A reload marks the tab "left" and re-opens it a moment later: not gone before this. */
export const LEFT_GRACE_MS = 10_000;
/** How long a tab whose id looks taken waits for the live tab holding it to answer. */
export const ASK_MS = 300;

export type TabRecord = { instance: string; at: number; state: 'open' | 'left' };

export type TabEnv = {
  session: Pick<Storage, 'getItem' | 'setItem'>;
  local: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  now: () => number;
  newId: () => string;
  /** Whether a live tab answers for `id` within ASK_MS (BroadcastChannel). */
  ask: (id: string) => Promise<boolean>;
};

export function readTab(local: Pick<Storage, 'getItem'>, id: string): TabRecord | undefined {
  try {
    const record = JSON.parse(local.getItem(TAB_PREFIX + id) ?? 'null') as Partial<TabRecord> | null;
    return record && typeof record.at === 'number' && typeof record.instance === 'string' ? (record as TabRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the tab with this record may still be running (or reloading). */
export function isAlive(record: TabRecord | undefined, now: number): boolean {
  if (!record) return false;
  return now - record.at < (record.state === 'open' ? ALIVE_MS : LEFT_GRACE_MS);
}

/** The id a tab can use at once, and the kept id to confirm first when a live tab may hold it. */
export type TabClaim = { id: string; doubt?: string };

/**
 * This tab's id as far as storage tells, synchronously: the one in sessionStorage, or a new
 * one. When the kept id's record is open and fresh, the tab holding it is alive (this tab is
 * a duplicate) or this tab crashed moments ago: a new id, with the kept one in doubt.
 */
export function claimTabNow(env: TabEnv): TabClaim {
  const kept = safe(() => env.session.getItem(TAB_KEY));
  if (!kept) return { id: env.newId() };
  const record = readTab(env.local, kept);
  return record?.state === 'open' && isAlive(record, env.now()) ? { id: env.newId(), doubt: kept } : { id: kept };
}

/** The claim settled (a doubtful id is kept when no live tab answers for it), stored in sessionStorage. */
export async function settleTabId(env: TabEnv, claim: TabClaim): Promise<string> {
  const id = claim.doubt && !(await env.ask(claim.doubt)) ? claim.doubt : claim.id;
  safe(() => env.session.setItem(TAB_KEY, id));
  return id;
}

/** This tab's id: the one in sessionStorage unless a live tab holds it (a duplicate), else a new one. */
export async function claimTabId(env: TabEnv): Promise<string> {
  return settleTabId(env, claimTabNow(env));
}

export function writeTab(env: Pick<TabEnv, 'local' | 'now'>, id: string, instance: string, state: TabRecord['state']): void {
  const record: TabRecord = { instance, at: env.now(), state };
  safe(() => env.local.setItem(TAB_PREFIX + id, JSON.stringify(record)));
}

function safe<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    // Storage refused (private mode, quota): the tab works, only its crash-safety is less.
    return undefined;
  }
}
