import { afterEach, describe, expect, it } from 'vitest';
import { languageName, lookupIn, nameOf, recordName, valueText } from '../../../src/lib/history/record-names.ts';
import { fr, makeBundle, makeMeeting, makeMilestone, makePlan, makeSection } from '../factories.ts';
import { inLanguage } from './in-language.ts';

afterEach(() => inLanguage('fr'));

describe('record names', () => {
  it('names a meeting by its title and days, an untitled one by the title the calendar builds', async () => {
    await inLanguage('en');
    expect(recordName('meetings', makeMeeting(), 'meeting-1')).toBe('Working group meeting of September 15, 2011');
    expect(recordName('meetings', makeMeeting({ title: { ...fr('Séance'), translations: { en: 'Session' } } }), 'm')).toBe('Session · September 15, 2011');
    await inLanguage('pt');
    expect(recordName('meetings', makeMeeting(), 'meeting-1')).toBe('Reunião do grupo de trabalho de 15 de setembro de 2011');
  });

  it('names a section by number and heading, and keeps the id of a record no version knows', () => {
    const lookup = lookupIn(makeBundle());
    expect(nameOf('sections', 'plan-1/s2', lookup)).toBe('II. MANDAT');
    expect(nameOf('meetings', 'gone', lookup)).toBe('gone');
  });

  it('looks in the versions in order: the plan now first, then the version as loaded', () => {
    const now = { ...makeBundle(), meetings: [makeMeeting({ title: fr('Maintenant') })] };
    const loaded = { ...makeBundle(), meetings: [makeMeeting({ title: fr('Avant') }), makeMeeting({ id: 'removed', title: fr('Supprimée') })] };
    const lookup = lookupIn(now, loaded);
    expect(nameOf('meetings', 'meeting-1', lookup)).toBe('Maintenant · 15 septembre 2011');
    expect(nameOf('meetings', 'removed', lookup)).toBe('Supprimée · 15 septembre 2011');
  });
});

describe('valueText', () => {
  const lookup = lookupIn(makeBundle());
  it('writes the plan status, a milestone’s partial date, a language and a reference by their names', async () => {
    await inLanguage('es');
    expect(valueText('plans', 'status', makePlan().status, lookup)).toBe('Aprobado');
    expect(valueText('milestones', 'date', makeMilestone({ date: '2011-06' }).date, lookup)).toBe('junio de 2011');
    expect(valueText('plans', 'language', 'fr', lookup)).toBe('francés');
    expect(valueText('meetings', 'sourceSectionId', 'plan-1/s1.1', lookup)).toBe('MISPA-I');
    expect(languageName('not a tag!')).toBe('not a tag!');
    expect(valueText('meetings', 'timeZone', 'America/Lima', lookup)).toMatch(/^hora .*\(America\/Lima\)$/);
  });

  it('shows an unknown code as written rather than a missing label', () => {
    expect(valueText('mandates', 'status', 'forged', lookup)).toBe('forged');
    expect(valueText('sections', 'heading', makeSection().heading, lookup)).toBe('ANTÉCÉDENTS');
  });
});
