import { afterEach, describe, expect, it } from 'vitest';
import {
  discardDraft,
  draftKeys,
  draftStorageKey,
  dropStoredDraft,
  foreignDrafts,
  forgetGoneTabs,
  loadDraft,
  saveDraft,
} from '../../../src/lib/forms/drafts.ts';
import { ALIVE_MS, TAB_KEY, TAB_PREFIX } from '../../../src/lib/forms/tabs.ts';
import { thisTab } from '../../../src/lib/forms/this-tab.ts';

const FORM = 'meeting:mispa-iii/wg-2011-09-22';
const NOW = Date.now();

/** Another tab's heartbeat record, `age` ms old. */
function otherTab(id: string, age: number, state: 'open' | 'left' = 'open'): void {
  localStorage.setItem(TAB_PREFIX + id, JSON.stringify({ instance: 'x', at: NOW - age, state }));
}

afterEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('quorum:draft')) localStorage.removeItem(key);
});

describe('drafts per form and per tab', () => {
  it('keys a draft by this tab’s id (kept in sessionStorage) and the form', () => {
    expect(sessionStorage.getItem(TAB_KEY)).toBe(thisTab);
    saveDraft(FORM, { place: 'Salle A' }, { id: 'm', place: 'old' });
    expect(draftStorageKey(FORM)).toBe(`quorum:draft@${thisTab}:${FORM}`);
    expect(localStorage.getItem(`quorum:draft@${thisTab}:${FORM}`)).not.toBeNull();
    expect(loadDraft(FORM)).toMatchObject({ values: { place: 'Salle A' }, base: { id: 'm', place: 'old' } });
    expect(draftKeys()).toEqual([FORM]);
    discardDraft(FORM);
    expect(loadDraft(FORM)).toBeUndefined();
  });

  it('never loads another tab’s draft of the same form as this tab’s', () => {
    otherTab('b', 1000);
    localStorage.setItem(draftStorageKey(FORM, 'b'), JSON.stringify({ values: { place: 'Salle B' }, at: NOW }));
    expect(loadDraft(FORM)).toBeUndefined();
    expect(draftKeys()).toEqual([]);
  });

  it('offers nothing from a tab still alive, and offers the drafts of gone tabs, newest first', () => {
    otherTab('alive', 1000);
    otherTab('crashed', ALIVE_MS + 1);
    otherTab('closed', 60_000, 'left');
    localStorage.setItem(draftStorageKey(FORM, 'alive'), JSON.stringify({ values: { place: 'Vivant' }, at: NOW }));
    localStorage.setItem(draftStorageKey(FORM, 'crashed'), JSON.stringify({ values: { place: 'Plantée' }, at: NOW - 5000 }));
    localStorage.setItem(draftStorageKey(FORM, 'closed'), JSON.stringify({ values: { place: 'Fermée' }, at: NOW - 1000 }));
    localStorage.setItem(draftStorageKey('meeting:other', 'closed'), JSON.stringify({ values: { place: 'Autre' }, at: NOW }));
    expect(foreignDrafts<{ place: string }>(FORM, NOW).map((d) => d.values.place)).toEqual(['Fermée', 'Plantée']);
  });

  it('offers a draft of the earlier format (one per form, before drafts were per tab)', () => {
    localStorage.setItem(`quorum:draft:${FORM}`, JSON.stringify({ place: 'Avant la mise à jour' }));
    const [legacy, ...more] = foreignDrafts<{ place: string }>(FORM, NOW);
    expect(more).toEqual([]);
    expect(legacy).toEqual({ values: { place: 'Avant la mise à jour' }, at: 0, storageKey: `quorum:draft:${FORM}` });
    dropStoredDraft(legacy!.storageKey);
    expect(localStorage.getItem(`quorum:draft:${FORM}`)).toBeNull();
  });

  it('forgets a gone tab once its last draft is dropped, not before', () => {
    otherTab('gone', ALIVE_MS + 1);
    localStorage.setItem(draftStorageKey(FORM, 'gone'), JSON.stringify({ values: { place: 'A' }, at: NOW }));
    localStorage.setItem(draftStorageKey('meeting:other', 'gone'), JSON.stringify({ values: { place: 'B' }, at: NOW }));
    dropStoredDraft(draftStorageKey(FORM, 'gone'), NOW);
    expect(localStorage.getItem(TAB_PREFIX + 'gone')).not.toBeNull();
    dropStoredDraft(draftStorageKey('meeting:other', 'gone'), NOW);
    expect(localStorage.getItem(TAB_PREFIX + 'gone')).toBeNull();
    expect(foreignDrafts(FORM, NOW)).toEqual([]);
  });

  it('forgets the records of gone tabs that left no draft, and keeps the others', () => {
    otherTab('alive', 1000);
    otherTab('gone-empty', ALIVE_MS + 1);
    otherTab('gone-with-draft', ALIVE_MS + 1);
    localStorage.setItem(draftStorageKey(FORM, 'gone-with-draft'), JSON.stringify({ values: { place: 'A' }, at: NOW }));
    forgetGoneTabs(NOW);
    expect(localStorage.getItem(TAB_PREFIX + 'alive')).not.toBeNull();
    expect(localStorage.getItem(TAB_PREFIX + 'gone-empty')).toBeNull();
    expect(localStorage.getItem(TAB_PREFIX + 'gone-with-draft')).not.toBeNull();
  });
});
