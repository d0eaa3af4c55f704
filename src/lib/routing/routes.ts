/*
 * The app's screens as hash routes ("#/calendar", "#/meeting/<id>"), so every screen has a
 * URL that survives a reload, works offline from the service worker's single index.html,
 * and can be shared. Edit forms have routes too, so a reload brings the user back to the form
 * with their unsaved input. Pure: parse a hash into a Route, build a hash from a Route.
 *
 * PATHS is the URL column of the route table: the Route type, parseHash and href all derive
 * from it. The rest of the table (screen module, props, key, title) is in route-table.ts,
 * typed over the same names; it is kept apart because the first screen carries this file
 * and must not carry the code that loads every other screen.
 */
export const EDIT_TARGETS = ['meeting', 'plan', 'section', 'resolution', 'mandate', 'document'] as const;
export type EditTarget = (typeof EDIT_TARGETS)[number];

/**
 * "word": no parameter; "word/:p": one required parameter, the rest of the path (it may hold
 * slashes); "word/:p?": the same, optional; "word/:target/:p": a form target, then one;
 * "word?p": one optional query parameter (other parameters are ignored).
 */
export const PATHS = {
  overview: '',
  plan: 'plan/:anchor?',
  calendar: 'calendar?month',
  meeting: 'meeting/:id',
  timeline: 'timeline',
  documents: 'documents/:anchor?',
  glossary: 'glossary/:anchor?',
  plans: 'plans',
  changes: 'changes',
  history: 'history/:id',
  edit: 'edit/:target/:id',
  new: 'new/:target/:parent',
  share: 'share',
  open: 'open?url',
  search: 'search?q',
  agenda: 'agenda',
} as const;

type Paths = typeof PATHS;
export type ScreenName = keyof Paths;
type Params<P> = P extends `${string}/:${infer A}?`
  ? { [K in A]?: string }
  : P extends `${string}?${infer Q}`
    ? { [K in Q]?: string }
    : P extends `${string}/:target/:${infer A}`
      ? { target: EditTarget } & { [K in A]: string }
      : P extends `${string}/:${infer A}`
        ? { [K in A]: string }
        : unknown;
type Flat<T> = { [K in keyof T]: T[K] };

export type ScreenRoute = { [N in ScreenName]: Flat<{ name: N } & Params<Paths[N]>> }[ScreenName];
export type Route = ScreenRoute | { name: 'not-found'; path: string };

/** A parameter's value is checked where the path alone does not say enough. */
const valid: Record<string, (value: string) => boolean> = {
  month: (value) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value),
  target: (value) => (EDIT_TARGETS as readonly string[]).includes(value),
};

/** A pattern's parts: its first word, its path parameters (optional ones end in "?"), its query parameter. */
function parts(pattern: string): { word: string; params: string[]; query?: string } {
  const [head = '', query] = pattern.split('?');
  const [word = '', ...params] = head.split('/:');
  if (pattern.endsWith('?')) params[params.length - 1] += '?';
  return query ? { word, params, query } : { word, params };
}

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  for (const name of Object.keys(PATHS) as ScreenName[]) {
    const route = match(name, path);
    if (route) return route as Route;
  }
  return { name: 'not-found', path };
}

function match(name: ScreenName, path: string): Record<string, string> | undefined {
  const { word, params, query } = parts(PATHS[name]);
  if (query) {
    if (path !== word && !path.startsWith(`${word}?`)) return undefined;
    // URLSearchParams never throws: a malformed escape is kept as written.
    const value = new URLSearchParams(path.slice(word.length + 1)).get(query);
    return value && (valid[query]?.(value) ?? true) ? { name, [query]: value } : { name };
  }
  const [head, ...rest] = path.split('/');
  if (head !== word) return undefined;
  const route: Record<string, string> = { name };
  for (const param of params) {
    const key = param.replace('?', '');
    // The last parameter takes the rest of the path; an earlier one (a form target), one segment.
    const raw = key === 'target' ? rest.shift() : rest.splice(0).join('/');
    const value = key === 'target' ? raw : safeDecode(raw ?? '');
    if (value && (valid[key]?.(value) ?? true)) route[key] = value;
    else if (!param.endsWith('?')) return undefined;
  }
  return rest.length ? undefined : route;
}

export function href(route: ScreenRoute): string {
  const { word, params, query } = parts(PATHS[route.name]);
  const values = route as Record<string, string | undefined>;
  if (query) {
    const value = values[query];
    return value ? `#/${word}?${query}=${encodeURIComponent(value)}` : `#/${word}`;
  }
  let out = `#/${word}`;
  for (const param of params) {
    const value = values[param.replace('?', '')];
    if (value) out += `/${encodeURIComponent(value)}`;
  }
  return out;
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
