/*
 * Unsaved form input, kept in localStorage on every keystroke, per form AND per tab:
 * "quorum:draft@<tab id>:<form key>" holds the values, the record as the form opened it (so a
 * save after a reload still knows what the input was based on) and when it was written. It
 * survives a reload, a crashed tab and an app update, and is removed once saved or discarded.
 * A tab restores only its own drafts (this-tab.ts); drafts of a tab that is gone, and those
 * of the earlier format "quorum:draft:<form key>" (one per form, written before drafts were
 * per tab), are offered on the form, never restored silently. localStorage (not IndexedDB)
 * because its writes are synchronous: nothing typed is lost even if the tab dies right after.
 */
import { isAlive, readTab, TAB_PREFIX } from './tabs.ts';
import { thisTab } from './this-tab.ts';

const PREFIX = 'quorum:draft@';
const LEGACY_PREFIX = 'quorum:draft:';

export type Draft<V> = { values: V; base?: unknown; at: number };
/** A draft another (gone) tab or an earlier version left for this form; `storageKey` to drop it. */
export type ForeignDraft<V> = Draft<V> & { storageKey: string };

export function draftStorageKey(formKey: string, tab = thisTab): string {
  return `${PREFIX}${tab}:${formKey}`;
}

export function loadDraft<V>(formKey: string): Draft<V> | undefined {
  return readDraft<V>(draftStorageKey(formKey));
}

export function saveDraft(formKey: string, values: unknown, base?: unknown): void {
  try {
    localStorage.setItem(draftStorageKey(formKey), JSON.stringify({ values, base, at: Date.now() }));
  } catch {
    // Storage full or refused: the form still holds the input; only crash-safety is lost.
  }
}

export function discardDraft(formKey: string): void {
  dropStoredDraft(draftStorageKey(formKey));
}

/** Form keys of this tab's drafts. */
export function draftKeys(): string[] {
  const mine = `${PREFIX}${thisTab}:`;
  return storedKeys()
    .filter((k) => k.startsWith(mine))
    .map((k) => k.slice(mine.length));
}

/** Drafts of `formKey` left by tabs that are gone, or in the earlier format; newest first. */
export function foreignDrafts<V>(formKey: string, now = Date.now()): ForeignDraft<V>[] {
  const found: ForeignDraft<V>[] = [];
  for (const storageKey of storedKeys()) {
    const owner = ownerOf(storageKey, formKey);
    if (owner === undefined || owner === thisTab || (owner !== null && isAlive(readTab(localStorage, owner), now))) continue;
    const draft = readDraft<V>(storageKey);
    if (draft) found.push({ ...draft, storageKey });
  }
  return found.sort((a, b) => b.at - a.at);
}

/** Removes one stored draft, and the record of its tab once that tab is gone and left no draft. */
export function dropStoredDraft(storageKey: string, now = Date.now()): void {
  try {
    localStorage.removeItem(storageKey);
    const tab = storageKey.startsWith(PREFIX) ? storageKey.slice(PREFIX.length).split(':')[0] : undefined;
    if (!tab || tab === thisTab || isAlive(readTab(localStorage, tab), now)) return;
    if (!storedKeys().some((k) => k.startsWith(`${PREFIX}${tab}:`))) localStorage.removeItem(TAB_PREFIX + tab);
  } catch {
    // Nothing to do: no storage means no draft.
  }
}

/** Forgets the records of tabs that are gone and left no draft (every tab that opened a form has one). */
export function forgetGoneTabs(now = Date.now()): void {
  const keys = storedKeys();
  for (const key of keys) {
    const tab = key.startsWith(TAB_PREFIX) ? key.slice(TAB_PREFIX.length) : undefined;
    if (!tab || tab === thisTab || isAlive(readTab(localStorage, tab), now)) continue;
    if (!keys.some((k) => k.startsWith(`${PREFIX}${tab}:`))) safeRemove(key);
  }
}

function safeRemove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to do: a record left behind is only a few bytes.
  }
}

/** The tab that wrote `storageKey` if it is a draft of `formKey`: its id, null for the earlier format, else undefined. */
function ownerOf(storageKey: string, formKey: string): string | null | undefined {
  if (storageKey === LEGACY_PREFIX + formKey) return null;
  if (!storageKey.startsWith(PREFIX) || !storageKey.endsWith(`:${formKey}`)) return undefined;
  const tab = storageKey.slice(PREFIX.length, storageKey.length - formKey.length - 1);
  return tab && !tab.includes(':') ? tab : undefined;
}

function readDraft<V>(storageKey: string): Draft<V> | undefined {
  try {
    const raw = localStorage.getItem(storageKey);
    if (raw === null) return undefined;
    const parsed = JSON.parse(raw) as unknown;
    if (storageKey.startsWith(LEGACY_PREFIX)) return { values: parsed as V, at: 0 };
    const draft = parsed as Partial<Draft<V>> | null;
    return draft && typeof draft.values === 'object' && draft.values !== null ? { values: draft.values, base: draft.base, at: draft.at ?? 0 } : undefined;
  } catch {
    return undefined;
  }
}

function storedKeys(): string[] {
  try {
    return Object.keys(localStorage);
  } catch {
    return [];
  }
}
