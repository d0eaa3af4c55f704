/*
 * The calendar feed of a followed plan: beside its plan file in a published site
 * (publishing/site-paths.ts: plans/<plan>/plan.quorum.json and plans/<plan>/calendar.ics), as
 * the https address Google Calendar and Outlook take ("From URL", "Subscribe from web") and as
 * the webcal:// link that Apple's calendars and Outlook open as a subscription (the same
 * address under the scheme of draft-daboo-webcal). Undefined for a plan file that is not in a
 * site's layout: there may be no feed beside it.
 */
export type FeedAddress = { https: string; webcal: string };

export function feedAddress(planFileUrl: string): FeedAddress | undefined {
  let url: URL;
  try {
    url = new URL(planFileUrl);
  } catch {
    return undefined;
  }
  if (!/\/plans\/[A-Za-z0-9_-]+\/plan\.quorum\.json$/.test(url.pathname) || url.search || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    return undefined;
  url.pathname = url.pathname.replace(/plan\.quorum\.json$/, 'calendar.ics');
  url.hash = '';
  const https = url.href;
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}
