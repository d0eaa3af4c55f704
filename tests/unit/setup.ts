// Every unit test gets a fresh, empty in-memory IndexedDB (Dexie reads its factory from Dexie.dependencies).
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { configure } from '@testing-library/svelte';
import { beforeEach } from 'vitest';
import { FEATURES, loadMessages } from '../../src/lib/i18n/index.ts';
import { markFirstScreenShown } from '../../src/lib/pwa/first-screen.ts';

beforeEach(() => {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  // The data marker (outside IndexedDB) belongs with the database it describes: fresh too.
  globalThis.localStorage?.removeItem('quorum:data-marker');
});

// findBy…/waitFor wait up to 10 s (Testing Library's default is 1 s): on a busy 2-core machine a
// screen's first lazy import, or a file read in a worker, takes longer than that, and the test
// would fail for the machine, not the code. What they wait for is unchanged.
configure({ asyncUtilTimeout: 10_000 });

// Components under test may show strings of any feature: every catalog is loaded, in French,
// as the screens' loaders would load theirs (the i18n tests switch languages with setLanguage).
await loadMessages(FEATURES);

// Components are mounted here without the shell that says when the first screen is shown: what
// waits for it (the overview's backup reminder, pwa/first-screen.ts) runs at once, as in the app
// once the first screen is in the page.
markFirstScreenShown();
