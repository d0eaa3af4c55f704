/*
 * Unsaved form input, kept in localStorage under "quorum:draft:<form key>" on every keystroke,
 * so it survives a reload, a crashed tab and an app update; removed once saved or discarded.
 * localStorage (not IndexedDB) because its writes are synchronous: nothing typed is lost even
 * if the tab dies right after.
 */
const PREFIX = 'quorum:draft:';

export function loadDraft<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the form still holds the input; only crash-safety is lost.
  }
}

export function discardDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to do: no storage means no draft.
  }
}

/** Keys of every draft kept on this device. */
export function draftKeys(): string[] {
  try {
    return Object.keys(localStorage).filter((k) => k.startsWith(PREFIX)).map((k) => k.slice(PREFIX.length));
  } catch {
    return [];
  }
}
