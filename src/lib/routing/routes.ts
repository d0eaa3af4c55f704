/*
 * The app's screens as hash routes ("#/calendar", "#/meeting/<id>"), so every screen has a
 * URL that survives a reload, works offline from the service worker's single index.html,
 * and can be shared. Pure: parse a hash into a Route, build a hash from a Route.
 */
export type Route =
  | { name: 'overview' }
  | { name: 'plan'; anchor?: string }
  | { name: 'calendar' }
  | { name: 'meeting'; id: string }
  | { name: 'timeline' }
  | { name: 'documents'; anchor?: string }
  | { name: 'not-found'; path: string };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [head = '', ...rest] = path.split('/');
  const arg = rest.length ? safeDecode(rest.join('/')) : undefined;
  switch (head) {
    case '':
      return { name: 'overview' };
    case 'plan':
      return arg ? { name: 'plan', anchor: arg } : { name: 'plan' };
    case 'calendar':
      return rest.length ? notFound(path) : { name: 'calendar' };
    case 'meeting':
      return arg ? { name: 'meeting', id: arg } : notFound(path);
    case 'timeline':
      return rest.length ? notFound(path) : { name: 'timeline' };
    case 'documents':
      return arg ? { name: 'documents', anchor: arg } : { name: 'documents' };
    default:
      return notFound(path);
  }
}

export function href(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'overview':
      return '#/';
    case 'plan':
      return route.anchor ? `#/plan/${encodeURIComponent(route.anchor)}` : '#/plan';
    case 'meeting':
      return `#/meeting/${encodeURIComponent(route.id)}`;
    case 'documents':
      return route.anchor ? `#/documents/${encodeURIComponent(route.anchor)}` : '#/documents';
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
