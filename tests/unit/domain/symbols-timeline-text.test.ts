import { describe, expect, it } from 'vitest';
import { splitBySymbols } from '../../../src/lib/domain/symbols.ts';
import { textIn } from '../../../src/lib/domain/text.ts';
import { buildTimeline } from '../../../src/lib/domain/timeline.ts';
import { makeMeeting, makeMilestone } from '../factories.ts';

describe('splitBySymbols', () => {
  it('cuts out each cited symbol, longest first, keeping all the text', () => {
    const text = 'Par sa résolution AG/RES. 2692 (XLI-O/11), “Suivi…”, voir MISPA/doc.7/08 rev. 4.';
    const parts = splitBySymbols(text, ['MISPA/doc.7/08 rev. 4', 'AG/RES. 2692 (XLI-O/11)', 'AG/RES. 2692']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.symbol).map((p) => p.symbol)).toEqual(['AG/RES. 2692 (XLI-O/11)', 'MISPA/doc.7/08 rev. 4']);
  });

  it('treats symbols as literal text, not patterns', () => {
    expect(splitBySymbols('a (b) c', ['(b)'])).toEqual([{ text: 'a ' }, { text: '(b)', symbol: '(b)' }, { text: ' c' }]);
    expect(splitBySymbols('abc', [])).toEqual([{ text: 'abc' }]);
  });
});

describe('textIn', () => {
  it('uses a translation when there is one and says which language it shows', () => {
    const value = { lang: 'fr', text: 'Calendrier', translations: { en: 'Calendar' } };
    expect(textIn(value, 'en')).toEqual({ text: 'Calendar', lang: 'en' });
    expect(textIn(value, 'es')).toEqual({ text: 'Calendrier', lang: 'fr' });
    expect(textIn(value, 'fr')).toEqual({ text: 'Calendrier', lang: 'fr' });
  });
});

describe('buildTimeline', () => {
  it('merges meetings and milestones by date; a year-only milestone comes before the days of that year', () => {
    const entries = buildTimeline(
      [makeMeeting({ id: 'wg', startDate: '2011-09-15' }), makeMeeting({ id: 'm1', startDate: '2008-10-07' })],
      [makeMilestone({ id: 'ga', date: '2011' }), makeMilestone({ id: 'cp', date: '2008-04-14' })],
    );
    expect(entries.map((e) => (e.kind === 'meeting' ? e.meeting.id : e.milestone.id))).toEqual(['cp', 'm1', 'ga', 'wg']);
  });
});
