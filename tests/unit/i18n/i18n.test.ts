import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatMonth, formatPartialDate, formatTime } from '../../../src/lib/i18n/format.ts';
import { t } from '../../../src/lib/i18n/index.ts';
import { meetingTitle } from '../../../src/lib/i18n/labels.ts';
import { meetingTime } from '../../../src/lib/i18n/meeting-time.ts';
import { catalog, FEATURES, messagesIn } from './catalogs.ts';
import { makeMeeting } from '../factories.ts';

describe('interface strings', () => {
  const all = messagesIn('fr');

  it('has no empty string, and fills placeholders', () => {
    for (const [key, value] of Object.entries(all)) expect(value.trim(), key).not.toBe('');
    expect(t('plan.mandate', { n: 4 })).toBe('Mandat 4');
    expect(t('share.reminder', {})).toBe('Modifications non sauvegardées : {count}');
  });

  it('never defines a key twice across the features’ catalogs', () => {
    const shared = FEATURES.flatMap((feature, i) =>
      FEATURES.slice(i + 1).flatMap((other) => Object.keys(catalog(feature, 'fr')).filter((key) => key in catalog(other, 'fr'))),
    );
    expect(shared).toEqual([]);
  });

  it('uses the typographic apostrophe in French, never a straight one', () => {
    for (const [key, value] of Object.entries(all)) expect(value.includes("'"), key).toBe(false);
  });
});

describe('formatting', () => {
  it('formats meeting days in French whatever the device zone', () => {
    expect(formatDate('2011-09-15')).toBe('15 septembre 2011');
    expect(formatDate('2011-09-15', true)).toBe('jeudi 15 septembre 2011');
    expect(formatDateRange('2011-11-17', '2011-11-18')).toBe('17–18 novembre 2011');
    expect(formatDateRange('2011-11-17')).toBe('17 novembre 2011');
    expect(formatMonth('2011-10')).toBe('octobre 2011');
    expect(formatTime('09:30')).toBe('9:30');
    expect(formatTime('14:05')).toBe('14:05');
    expect(formatPartialDate('2011')).toBe('2011');
    expect(formatPartialDate('2008-04-14')).toBe('14 avril 2008');
  });

  it('titles a working-group meeting from its date and says when no time is set', () => {
    const m = makeMeeting({ startDate: '2011-09-22', title: undefined });
    expect(meetingTitle(m)).toEqual({ text: 'Réunion du groupe de travail du 22 septembre 2011', lang: 'fr' });
    expect(meetingTime(m)).toBe('Journée entière (heure non précisée)');
    expect(meetingTime(makeMeeting({ startTime: '10:00', endTime: '13:00' }), 'America/New_York')).toBe('10:00 – 13:00');
    expect(meetingTitle(makeMeeting({ title: { lang: 'es', text: 'Reunión' } }))).toEqual({ text: 'Reunión', lang: 'es' });
  });
});
