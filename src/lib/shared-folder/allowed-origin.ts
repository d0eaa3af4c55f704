/*
 * Whether the page may reach a folder's origin at all: its own, or one its Content-Security-
 * Policy lists in connect-src (added at build time, scripts/connect-origins.ts). A folder the
 * policy blocks would only ever look offline: it is refused at once, with the reason.
 */

/** The connect-src sources of a CSP (default-src when it has none). */
function connectSources(policy: string): string[] {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!.toLowerCase(), d.slice(1)] as const),
  );
  return [...(directives.get('connect-src') ?? directives.get('default-src') ?? ['*'])];
}

export function originAllowed(folder: string, pageUrl: string, policy: string | undefined): boolean {
  const origin = new URL(folder).origin;
  if (origin === new URL(pageUrl).origin || policy === undefined) return true;
  return connectSources(policy).some((source) => source === '*' || source.replace(/\/$/, '') === origin);
}

/** The policy of the page's <meta http-equiv> tag, if any (the one the app ships with). */
export function pagePolicy(): string | undefined {
  return document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? undefined;
}
