/*
 * Other origins the app may reach (a shared WebDAV folder on its own server, README "Editing
 * together through a shared WebDAV folder"), chosen when the app is built:
 *   QUORUM_CONNECT_ORIGINS="https://dav.example.org https://cloud.example.org" npm run build
 * Each is checked (an http or https origin, nothing more), then added to the `connect-src` of
 * the Content-Security-Policy in index.html. Unset, the app reaches its own origin only.
 */
import type { Plugin } from 'vite';

/** The origins listed in `value` (spaces or commas between them); an Error naming the first that is not one. */
export function connectOrigins(value: string | undefined): string[] {
  const listed = (value ?? '').split(/[\s,]+/).filter(Boolean);
  return listed.map((entry) => {
    const url = URL.canParse(entry) ? new URL(entry) : undefined;
    // Written plainly (a CSP source list cannot take what a URL parser lets through, as ";").
    const plain = /^https?:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?\/?$/.test(entry);
    if (!url || !plain || url.origin !== entry.replace(/\/$/, '')) {
      throw new Error(`QUORUM_CONNECT_ORIGINS: "${entry}" is not an origin such as https://dav.example.org (no path, no name or password)`);
    }
    return url.origin;
  });
}

/** `html` with `origins` added to the connect-src of its Content-Security-Policy meta tag. */
export function withConnectOrigins(html: string, origins: readonly string[]): string {
  if (!origins.length) return html;
  const changed = html.replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*connect-src 'self')/, `$1 ${origins.join(' ')}`);
  if (changed === html) throw new Error("index.html has no Content-Security-Policy with connect-src 'self' to add origins to");
  return changed;
}

export function connectOriginsPlugin(value = process.env.QUORUM_CONNECT_ORIGINS): Plugin {
  const origins = connectOrigins(value);
  return { name: 'quorum-connect-origins', transformIndexHtml: (html) => withConnectOrigins(html, origins) };
}
