/*
 * The app's screens as hash routes ("#/calendar", "#/meeting/<id>"), so every screen has a
 * URL that survives a reload, works offline from the service worker's single index.html,
 * and can be shared. Edit forms have routes too, so a reload brings the user back to the form
 * with their unsaved input. Pure: parse a hash into a Route, build a hash from a Route.
 */
export type EditTarget = 'meeting' | 'plan' | 'section' | 'resolution' | 'mandate' | 'document';

export type Route =
  | { name: 'overview' }
  | { name: 'plan'; anchor?: string }
  | { name: 'calendar'; month?: string }
  | { name: 'meeting'; id: string }
  | { name: 'timeline' }
  | { name: 'documents'; anchor?: string }
  | { name: 'glossary'; anchor?: string }
  | { name: 'plans' }
  | { name: 'changes' }
  | { name: 'history'; id: string }
  | { name: 'edit'; target: EditTarget; id: string }
  | { name: 'new'; target: EditTarget; parent: string }
  | { name: 'share' }
  | { name: 'open'; url?: string }
  | { name: 'search'; q?: string }
  | { name: 'not-found'; path: string };

export type ScreenRoute = Exclude<Route, { name: 'not-found' }>;

const EDIT_TARGETS: readonly string[] = ['meeting', 'plan', 'section', 'resolution', 'mandate', 'document'];
const SIMPLE = ['calendar', 'timeline', 'plans', 'changes', 'share'] as const;

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (/^open(?:\?|$)/.test(path)) return parseOpen(path);
  if (/^search(?:\?|$)/.test(path)) return parseSearch(path);
  if (path.startsWith('calendar?')) return parseCalendar(path);
  const [head = '', ...rest] = path.split('/');
  const arg = rest.length ? safeDecode(rest.join('/')) : undefined;
  if (head === '') return { name: 'overview' };
  if ((SIMPLE as readonly string[]).includes(head)) return rest.length ? notFound(path) : { name: head as (typeof SIMPLE)[number] };
  switch (head) {
    case 'plan':
      return arg ? { name: 'plan', anchor: arg } : { name: 'plan' };
    case 'documents':
    case 'glossary':
      return arg ? { name: head, anchor: arg } : { name: head };
    case 'meeting':
    case 'history':
      return arg ? { name: head, id: arg } : notFound(path);
    case 'edit':
    case 'new':
      return parseForm(head, rest, path);
    default:
      return notFound(path);
  }
}

function parseForm(head: 'edit' | 'new', rest: string[], path: string): Route {
  const [target = '', ...tail] = rest;
  const id = tail.length ? safeDecode(tail.join('/')) : undefined;
  if (!EDIT_TARGETS.includes(target) || id === undefined) return notFound(path);
  const t = target as EditTarget;
  return head === 'edit' ? { name: 'edit', target: t, id } : { name: 'new', target: t, parent: id };
}

export function href(route: ScreenRoute): string {
  const enc = encodeURIComponent;
  switch (route.name) {
    case 'overview':
      return '#/';
    case 'plan':
    case 'documents':
    case 'glossary':
      return route.anchor ? `#/${route.name}/${enc(route.anchor)}` : `#/${route.name}`;
    case 'meeting':
    case 'history':
      return `#/${route.name}/${enc(route.id)}`;
    case 'edit':
      return `#/edit/${route.target}/${enc(route.id)}`;
    case 'new':
      return `#/new/${route.target}/${enc(route.parent)}`;
    case 'open':
      return route.url === undefined ? '#/open' : `#/open?url=${enc(route.url)}`;
    case 'search':
      return route.q ? `#/search?q=${enc(route.q)}` : '#/search';
    case 'calendar':
      return route.month ? `#/calendar?month=${route.month}` : '#/calendar';
    default:
      return `#/${route.name}`;
  }
}

function notFound(path: string): Route {
  return { name: 'not-found', path };
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** "open?url=plans/x.quorum.json": a plan file to fetch (same origin, checked when opened); other parameters are ignored. */
function parseOpen(path: string): Route {
  // URLSearchParams never throws: a malformed escape is kept as written.
  const url = new URLSearchParams(path.slice('open?'.length)).get('url');
  return url ? { name: 'open', url } : { name: 'open' };
}

/** "search?q=sécurité": the search screen with what was typed; other parameters are ignored. */
function parseSearch(path: string): Route {
  const q = new URLSearchParams(path.slice('search?'.length)).get('q');
  return q ? { name: 'search', q } : { name: 'search' };
}

/** "calendar?month=2011-09": the calendar's page that holds that month; a malformed month is ignored. */
function parseCalendar(path: string): Route {
  const month = new URLSearchParams(path.slice('calendar?'.length)).get('month');
  return month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? { name: 'calendar', month } : { name: 'calendar' };
}
