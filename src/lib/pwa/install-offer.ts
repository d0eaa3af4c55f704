/*
 * Whether to offer installing the app, and how: never on a first visit (someone who came once
 * may not come back), never in the installed app, never again once declined, installed, or
 * (on iPhone and iPad, where Safari has no install prompt but "Add to Home Screen") once the
 * instructions were shown. Pure: the facts come from install-memory.ts and the browser.
 */
export type Platform = 'ios-safari' | 'other';
export type InstallFacts = {
  /** Visits so far, this one included. */
  visits: number;
  /** "Not now" chosen, the app installed, or the iPhone instructions already shown. */
  done: boolean;
  /** The page runs as the installed app. */
  standalone: boolean;
  platform: Platform;
  /** The browser has given its install prompt (beforeinstallprompt). */
  canPrompt: boolean;
};
export type InstallOffer = 'none' | 'prompt' | 'ios-steps';

const FROM_VISIT = 2;

export function installOffer({ visits, done, standalone, platform, canPrompt }: InstallFacts): InstallOffer {
  if (standalone || done || visits < FROM_VISIT) return 'none';
  if (canPrompt) return 'prompt';
  return platform === 'ios-safari' ? 'ios-steps' : 'none';
}

/**
 * Safari on iPhone or iPad (an iPad asks for the desktop site: it says "Macintosh" but has
 * touch). Other browsers on iOS name themselves (CriOS, FxiOS, EdgiOS…): their menus differ.
 */
export function platformOf(userAgent: string, maxTouchPoints: number): Platform {
  const ios = /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  const otherBrowser = /CriOS|FxiOS|EdgiOS|OPiOS|GSA\//.test(userAgent);
  return ios && !otherBrowser && /Safari\//.test(userAgent) ? 'ios-safari' : 'other';
}
