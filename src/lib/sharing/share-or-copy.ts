/*
 * Hands a link to the system share sheet where the browser has one and accepts what is given
 * (Web Share: navigator.canShare says yes), else copies the link to the clipboard; when that
 * is refused too, the caller shows the link to copy by hand. A share sheet the user closes is
 * not a failure (AbortError): nothing is said and nothing else is tried.
 */
import type { SharePayload } from './meeting-share.ts';

export type ShareOutcome = 'shared' | 'closed' | 'copied' | 'manual';

/** What of `navigator` this uses: absent parts are features the browser does not have. */
export type ShareNavigator = {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  clipboard?: { writeText?: (text: string) => Promise<void> };
};

export async function shareOrCopy(payload: SharePayload, nav: ShareNavigator = navigator): Promise<ShareOutcome> {
  if (typeof nav.share === 'function' && typeof nav.canShare === 'function' && nav.canShare(payload)) {
    try {
      await nav.share(payload);
      return 'shared';
    } catch (error) {
      if ((error as { name?: unknown } | null)?.name === 'AbortError') return 'closed';
      // NotAllowedError (no user activation, a policy) or a share target that failed: copy instead.
    }
  }
  return copyLink(payload.url, nav);
}

/** Copies `url`: 'copied', or 'manual' when the clipboard is missing or refused. */
export async function copyLink(url: string, nav: ShareNavigator = navigator): Promise<'copied' | 'manual'> {
  try {
    if (typeof nav.clipboard?.writeText !== 'function') return 'manual';
    await nav.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'manual';
  }
}
