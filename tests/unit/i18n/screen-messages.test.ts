/*
 * Each screen shows only strings whose catalogs it loaded: the modules a lazy screen brings
 * (its imports, static and dynamic) use keys of the features its loader asks for, or of the
 * first screen's; the first screen's own modules use only the first screen's features, and a
 * module it loads later that needs more is loaded with withMessages. Keys are found as
 * written in the source: a quoted key, or the start of one before `${`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN, type Feature } from '../../../src/lib/i18n/index.ts';

const SRC = join(import.meta.dirname, '../../../src');
const french = import.meta.glob<{ default: Record<string, string> }>('../../../src/lib/i18n/messages/*/fr.ts', { eager: true });
const FEATURE_OF = new Map<string, Feature>();
for (const [path, module] of Object.entries(french)) {
  const feature = /messages\/([\w-]+)\/fr\.ts$/.exec(path)![1] as Feature;
  for (const key of Object.keys(module.default)) FEATURE_OF.set(key, feature);
}
const KEYS = [...FEATURE_OF.keys()];

type Source = { statics: string[]; dynamics: string[]; keys: Set<string>; text: string };
const sources = new Map<string, Source>();
function source(file: string): Source {
  let found = sources.get(file);
  if (found) return found;
  const text = readFileSync(file, 'utf8');
  const at = (spec: string) => resolve(dirname(file), spec);
  const statics = [...text.matchAll(/(?:import|export)\s+(?!type\b)[^'"`;]*?from\s+'(\.[^']+)'|import\s+'(\.[^']+)'/g)].map((m) => at(m[1] ?? m[2]!));
  const dynamics = [...text.matchAll(/import\('(\.[^']+)'\)/g)].map((m) => at(m[1]!));
  const keys = new Set<string>();
  if (!file.includes(join('i18n', 'messages'))) {
    for (const [, key] of text.matchAll(/['"]([a-zA-Z][\w-]*(?:\.[\w-]+)*)['"]/g)) if (FEATURE_OF.has(key!)) keys.add(key!);
    for (const [, start] of text.matchAll(/`([\w.-]+\.)\$\{/g)) for (const key of KEYS) if (key.startsWith(start!)) keys.add(key);
  }
  found = { statics: statics.filter((f) => existsSync(f)), dynamics: dynamics.filter((f) => existsSync(f)), keys, text };
  sources.set(file, found);
  return found;
}

/**
 * The modules `entry` brings, with dynamic imports when `dynamic` (not those under `stop`, nor
 * those a module loads with withMessages: each of those is checked with its own catalogs).
 */
function closure(entry: string, dynamic: boolean, stop: (file: string) => boolean = () => false): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file) || (file !== entry && stop(file))) continue;
    seen.add(file);
    const { statics, dynamics } = source(file);
    const wrapped = wrappedImports(file);
    todo.push(...statics, ...(dynamic ? dynamics.filter((d) => !wrapped.has(d)) : []));
  }
  return seen;
}
const featuresOf = (files: Set<string>) => {
  const features = new Set<Feature>();
  for (const file of files) for (const key of source(file).keys) features.add(FEATURE_OF.get(key)!);
  return features;
};
const missing = (needed: Set<Feature>, given: readonly string[]) => [...needed].filter((f) => !given.includes(f) && !FIRST_SCREEN.includes(f));

// withMessages(['a', 'b'], () => import('./X.svelte')), as the loaders write it (on one line or several).
const WRAPPED = /withMessages\(\s*\[([^\]]*)\],\s*\(\)\s*=>\s*import\('(\.[^']+)'\)/g;
function wrappedImports(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [, list, spec] of source(file).text.matchAll(WRAPPED)) {
    out.set(
      resolve(dirname(file), spec!),
      [...list!.matchAll(/'([\w-]+)'/g)].map((m) => m[1]!),
    );
  }
  return out;
}

const MAIN = join(SRC, 'main.ts');
// The route table holds each screen's loader; the screens' module turns an entry into a screen.
const LAZY = join(SRC, 'lib/routing/route-table.ts');
const SCREENS_MODULE = join(SRC, 'lib/components/shared/lazy-screens.ts');
const firstScreen = closure(MAIN, false);
// Walks stop at another screen (checked on its own) and at storage code, which shows nothing:
// it names the validation keys it throws, and a failed command reads as commandFailure's words.
// The checks of followed plans (lib/following) are storage code too: what they find is shown by
// the follow status in its own words, and the problems of a file they read are never shown.
const isScreen = (file: string) => file.endsWith('Screen.svelte');
const lazyScreens = new Set(source(LAZY).dynamics.filter(isScreen));
const stop = (file: string) => lazyScreens.has(file) || file.includes(join('lib', 'db', '')) || file.includes(join('lib', 'following', ''));

describe('strings load with the screen that shows them', () => {
  it('finds keys in the source (the check sees what screens use)', () => {
    expect(FEATURE_OF.size).toBeGreaterThan(600);
    expect(featuresOf(new Set([join(SRC, 'lib/components/calendar/CalendarScreen.svelte')]))).toContain('calendar');
  });

  it('gives the first screen only the first screen’s catalogs', () => {
    expect(missing(featuresOf(firstScreen), [])).toEqual([]);
  });

  it('loads each lazy screen with the catalogs of every string it may show', () => {
    const loaders = wrappedImports(LAZY);
    const screens = [...lazyScreens];
    expect(screens.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const screen of screens) {
      const given = loaders.get(screen);
      if (!given) problems.push(`${relative(SRC, screen)}: not loaded with withMessages`);
      else {
        const lacking = missing(featuresOf(closure(screen, true, stop)), given);
        if (lacking.length) problems.push(`${relative(SRC, screen)}: lacks ${lacking.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('loads with their catalogs the modules that lazy code loads with withMessages', () => {
    const problems: string[] = [];
    const files = new Set([MAIN, ...lazyScreens].flatMap((entry) => [...closure(entry, true, stop)]));
    for (const file of files) {
      for (const [later, given] of wrappedImports(file)) {
        if (file === LAZY) continue;
        const lacking = missing(featuresOf(closure(later, true, stop)), given);
        if (lacking.length) problems.push(`${relative(SRC, file)} → ${relative(SRC, later)}: lacks ${lacking.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('loads what the first screen imports later with the catalogs it needs', () => {
    const problems: string[] = [];
    // The screens' module (loaded by the first screen) is checked here for what it loads besides screens.
    const modules = new Set([...firstScreen, SCREENS_MODULE, LAZY]);
    for (const file of modules) {
      const wrapped = wrappedImports(file);
      for (const later of source(file).dynamics) {
        if (modules.has(later) || lazyScreens.has(later)) continue;
        const lacking = missing(featuresOf(closure(later, true, stop)), wrapped.get(later) ?? []);
        if (lacking.length) problems.push(`${relative(SRC, file)} → ${relative(SRC, later)}: lacks ${lacking.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
