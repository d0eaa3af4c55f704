// The arrows allowed between the app's parts (issue 13, "Rules a machine checks"), checked by
// `npm run deps` over src/ (tests may import anything they test; no rule reads them, except
// that the app never imports them). Each rule names what it protects; a failure prints the
// rule's name, the importing file and the imported one.
//
// The parts: domain/ (pure rules), db/ (storage: the Dexie database, migrations, queries,
// commands), state/ (runes classes the screens read), components/ (screens and their parts),
// plan-files/ and ical/ (reading and writing files: pure, except their storage adapters, the
// files whose names end in `-store.ts`, which read and write the database).

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ holds the rules of the plan: it imports only domain/ and libraries, never another part of the app, Dexie or Svelte.',
      severity: 'error',
      from: { path: '^src/lib/domain/' },
      to: { path: ['^src/', '(^|/)node_modules/(dexie|svelte)/'], pathNot: '^src/lib/domain/' },
    },
    {
      name: 'storage-knows-no-screen',
      comment: 'db/ (storage) serves every screen and knows none: no component, no state class, no route, nothing of Svelte.',
      severity: 'error',
      from: { path: '^src/lib/db/' },
      to: { path: ['^src/lib/(components|state|routing)/', '^src/App\\.svelte$', '\\.svelte$', '(^|/)node_modules/svelte/'] },
    },
    {
      name: 'components-no-database',
      comment:
        'Components read through state/ and write through commands: they import neither the database instance (db/db.ts) nor Dexie. ' +
        '(src/App.svelte, the shell that opens the database at start, is not under components/.)',
      severity: 'error',
      from: { path: '^src/lib/components/' },
      to: { path: ['^src/lib/db/db\\.ts$', '(^|/)node_modules/dexie/'] },
    },
    {
      name: 'file-code-is-pure',
      comment:
        'plan-files/ and ical/ read and write files: pure code, except their storage adapters (files named *-store.ts), the only ones there ' +
        'that may import db/ or Dexie. None imports a component, a state class or Svelte.',
      severity: 'error',
      from: { path: '^src/lib/(plan-files|ical)/', pathNot: '-store\\.ts$' },
      to: { path: ['^src/lib/(db|state|components)/', '(^|/)node_modules/(dexie|svelte)/'] },
    },
    {
      name: 'file-stores-no-screen',
      comment: 'plan-files/ and ical/ storage adapters (*-store.ts) may import db/, but, like db/, no component and no state class.',
      severity: 'error',
      from: { path: '^src/lib/(plan-files|ical)/.*-store\\.ts$' },
      to: { path: ['^src/lib/(components|state)/', '(^|/)node_modules/svelte/'] },
    },
    {
      name: 'app-never-imports-tests',
      comment: 'Test support (tests/support/generate-plan.ts...) is for tests and the bench only: the app never imports it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-cycles',
      comment:
        'No import cycle: each module can be read (and loaded lazily) after what it imports. A component that shows itself ' +
        '(a section inside a section) is recursion, not a cycle.',
      severity: 'error',
      from: { path: '(^src/.+)' },
      to: { circular: true, pathNot: '^$1$' },
    },
    {
      name: 'no-unresolvable',
      comment: 'Every import resolves to a file or an installed package.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type from a part the rules forbid is a dependency all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'svelte', 'browser', 'default'],
      extensions: ['.ts', '.svelte', '.js', '.mjs', '.json'],
    },
  },
};
