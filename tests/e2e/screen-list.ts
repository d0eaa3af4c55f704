/*
 * Every screen a route reaches (src/lib/routing/routes.ts), with the default plan's records,
 * as data shared by the e2e matrices: a new screen is one line here.
 */
const enc = encodeURIComponent;
const PLAN = 'mispa-iii';
const MEETING = 'mispa-iii/wg-2011-09-15';
const SECTION = 'mispa-iii/s2';
const RESOLUTION = 'mispa-iii/res-2629';
const MANDATE = 'mispa-iii/m5';
const DOCUMENT = 'mispa-iii/doc-cp-res-934';

/**
 * A screen; `now` fixes the page's clock first (the Today modes depend on the day); `click`
 * (a CSS selector, the same in every language) opens a state of it, a dialog for example (the
 * a11y matrix checks these states; tests that only visit screens skip them). The screens are
 * shown in organiser mode (every edit control and form), but those marked `reading`, which the
 * plan opens in by default.
 */
export type ScreenEntry = { name: string; hash: string; now?: string; click?: string; reading?: true };

/** Days of the default plan (2011) that show each mode of the first screen. */
export const MEETING_DAY = '2011-09-15T14:00:00Z';
export const BETWEEN_MEETINGS = '2011-09-16T14:00:00Z';

export const SCREENS: readonly ScreenEntry[] = [
  { name: 'overview', hash: '#/' },
  { name: 'overview, meeting day (Today)', hash: '#/', now: MEETING_DAY },
  { name: 'overview, between meetings (next deadline)', hash: '#/', now: BETWEEN_MEETINGS },
  { name: 'plan', hash: '#/plan' },
  { name: 'plan part', hash: `#/plan/${enc(MANDATE)}` },
  { name: 'calendar', hash: '#/calendar' },
  { name: 'my agenda', hash: '#/agenda' },
  { name: 'meeting', hash: `#/meeting/${enc(MEETING)}` },
  { name: 'meeting, shared (link copied)', hash: `#/meeting/${enc(MEETING)}`, click: '[aria-labelledby="share-meeting-title"] button' },
  { name: 'ministerial meeting', hash: `#/meeting/${enc('mispa-iii/mtg-mispa-iii')}` },
  { name: 'timeline', hash: '#/timeline' },
  { name: 'documents', hash: '#/documents' },
  { name: 'changes', hash: '#/changes' },
  { name: 'history', hash: `#/history/${enc(MANDATE)}` },
  { name: 'share', hash: '#/share' },
  { name: 'share, QR code', hash: '#/share', click: 'button[aria-haspopup="dialog"]' },
  { name: 'open', hash: '#/open' },
  { name: 'search', hash: '#/search?q=securite' },
  { name: 'glossary', hash: '#/glossary' },
  { name: 'glossary entry', hash: '#/glossary/csh' },
  { name: 'plans', hash: '#/plans' },
  { name: 'edit plan', hash: `#/edit/plan/${enc(PLAN)}` },
  { name: 'edit meeting', hash: `#/edit/meeting/${enc(MEETING)}` },
  { name: 'new meeting', hash: `#/new/meeting/${enc(PLAN)}` },
  { name: 'edit section', hash: `#/edit/section/${enc(SECTION)}` },
  { name: 'new section', hash: `#/new/section/${enc(PLAN)}` },
  { name: 'edit resolution', hash: `#/edit/resolution/${enc(RESOLUTION)}` },
  { name: 'new resolution', hash: `#/new/resolution/${enc(SECTION)}` },
  { name: 'edit mandate', hash: `#/edit/mandate/${enc(MANDATE)}` },
  { name: 'new mandate', hash: `#/new/mandate/${enc(RESOLUTION)}` },
  { name: 'edit document', hash: `#/edit/document/${enc(DOCUMENT)}` },
  { name: 'new document', hash: `#/new/document/${enc(PLAN)}` },
  { name: 'not found', hash: '#/nowhere' },
  { name: 'overview, meeting day, reading mode', hash: '#/', now: MEETING_DAY, reading: true },
  { name: 'plan, reading mode', hash: '#/plan', reading: true },
  { name: 'meeting, reading mode', hash: `#/meeting/${enc(MEETING)}`, reading: true },
  { name: 'edit meeting, reading mode (no form)', hash: `#/edit/meeting/${enc(MEETING)}`, reading: true },
];
