/*
 * An absolute link to one of the app's screens, built from the app's own address (wherever it
 * is published, under any path), so that it opens the same screen on another device that has
 * the app and the plan.
 */
import { href, type ScreenRoute } from '../routing/routes.ts';

/** "<origin>/<path>/#/meeting/…": `pageUrl` (location.href) with its query and hash replaced by `route`'s. */
export function appLink(route: ScreenRoute, pageUrl: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = href(route);
  return url.href;
}
