/*
 * What the install offer remembers on this device, in localStorage ("quorum:install"): how
 * many visits there were (a visit is a tab's session: reloads and screen changes in it are
 * not counted again, sessionStorage says which tab counted) and whether the offer is done
 * with for good. Storage refused or unreadable: no offer, rather than one on every visit.
 */
const KEY = 'quorum:install';
const COUNTED = 'quorum:install-visit';

export type InstallMemory = { visits: number; done: boolean };

/** This visit counted (once per tab session), and what is remembered with it. */
export function countVisit(local: Storage, session: Storage): InstallMemory {
  try {
    const memory = read(local);
    if (session.getItem(COUNTED) === null) {
      memory.visits += 1;
      local.setItem(KEY, JSON.stringify(memory));
      session.setItem(COUNTED, '1');
    }
    return memory;
  } catch {
    return { visits: 0, done: true };
  }
}

/** The offer is never made again on this device. */
export function rememberDone(local: Storage): void {
  try {
    local.setItem(KEY, JSON.stringify({ ...read(local), done: true }));
  } catch {
    // Not remembered: the offer will come back at most once per visit, as before.
  }
}

/** What is stored, as far as it can be read (an entry damaged by hand starts again). */
function read(local: Storage): InstallMemory {
  let stored: Partial<InstallMemory> | null = null;
  try {
    stored = JSON.parse(local.getItem(KEY) ?? '{}') as Partial<InstallMemory> | null;
  } catch {
    // Not JSON: as if nothing were stored.
  }
  const visits = typeof stored?.visits === 'number' && Number.isFinite(stored.visits) ? Math.max(0, Math.floor(stored.visits)) : 0;
  return { visits, done: stored?.done === true };
}
