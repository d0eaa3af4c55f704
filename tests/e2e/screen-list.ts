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

export const SCREENS: readonly { name: string; hash: string }[] = [
  { name: 'overview', hash: '#/' },
  { name: 'plan', hash: '#/plan' },
  { name: 'plan part', hash: `#/plan/${enc(MANDATE)}` },
  { name: 'calendar', hash: '#/calendar' },
  { name: 'meeting', hash: `#/meeting/${enc(MEETING)}` },
  { name: 'ministerial meeting', hash: `#/meeting/${enc('mispa-iii/mtg-mispa-iii')}` },
  { name: 'timeline', hash: '#/timeline' },
  { name: 'documents', hash: '#/documents' },
  { name: 'changes', hash: '#/changes' },
  { name: 'history', hash: `#/history/${enc(MANDATE)}` },
  { name: 'share', hash: '#/share' },
  { name: 'open', hash: '#/open' },
  { name: 'search', hash: '#/search?q=securite' },
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
];
