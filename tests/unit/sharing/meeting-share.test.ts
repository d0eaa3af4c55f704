import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/lib/i18n/index.ts';
import { appLink } from '../../../src/lib/sharing/app-link.ts';
import { meetingSharePayload } from '../../../src/lib/sharing/meeting-share.ts';
import { fr, makeMeeting } from '../factories.ts';

const PAGE = 'https://quorum.example/app/?from=home#/calendar?month=2011-09';
const held = makeMeeting({
  id: 'mispa-iii/wg-2011-09-15',
  startDate: '2011-09-15',
  startTime: '10:00',
  endTime: '13:00',
  timeZone: 'America/New_York',
  place: fr('Washington, siège de l’OEA'),
});
const LINK = 'https://quorum.example/app/#/meeting/mispa-iii%2Fwg-2011-09-15';

afterEach(() => setLanguage('fr'));

describe('meetingSharePayload', () => {
  it('gives the title, the date and time in the meeting’s zone with its name, the place and the deep link, in each language', async () => {
    const cases = [
      [
        'fr',
        'Réunion du groupe de travail du 15 septembre 2011',
        '15 septembre 2011, 10:00 – 13:00 — heure de l’Est nord-américain (America/New_York)',
        'Lieu : ',
      ],
      ['en', 'Working group meeting of September 15, 2011', 'September 15, 2011, 10:00 AM – 1:00 PM — Eastern Time (America/New_York)', 'Place: '],
      [
        'es',
        'Reunión del grupo de trabajo del 15 de septiembre de 2011',
        '15 de septiembre de 2011, 10:00 – 13:00 — hora oriental (America/New_York)',
        'Lugar: ',
      ],
      [
        'pt',
        'Reunião do grupo de trabalho de 15 de setembro de 2011',
        '15 de setembro de 2011, 10:00 – 13:00 — Horário do Leste (America/New_York)',
        'Local: ',
      ],
    ] as const;
    for (const [lang, title, when, place] of cases) {
      await setLanguage(lang, true);
      expect(meetingSharePayload(held, PAGE)).toEqual({ title, text: `${title}\n${when}\n${place}Washington, siège de l’OEA`, url: LINK });
    }
  });

  it('never uses the device’s clocks: the time is the meeting’s own, whatever zone the runtime is in', () => {
    const tokyo = makeMeeting({ startDate: '2011-11-17', startTime: '09:00', timeZone: 'Asia/Tokyo', title: fr('Session spéciale') });
    const { title, text } = meetingSharePayload(tokyo, PAGE);
    expect(title).toBe('Session spéciale');
    expect(text).toBe('Session spéciale\n17 novembre 2011, 9:00 — heure normale du Japon (Asia/Tokyo)');
    expect(text).not.toContain('votre heure');
  });

  it('names the zone as it is on the meeting’s day (summer or winter time) and says a whole-day meeting is one', () => {
    const winter = makeMeeting({ startDate: '2011-01-20', endDate: '2011-01-21', timeZone: 'Europe/Paris' });
    expect(meetingSharePayload(winter, PAGE).text).toBe(
      'Réunion du groupe de travail du 20 janvier 2011\n20–21 janvier 2011, Journée entière (heure non précisée) — heure d’Europe centrale (Europe/Paris)',
    );
  });
});

describe('appLink', () => {
  it('keeps the app’s origin and path, drops its query and replaces its hash by the route’s', () => {
    expect(appLink({ name: 'overview' }, PAGE)).toBe('https://quorum.example/app/#/');
    expect(appLink({ name: 'meeting', id: 'a b/c' }, 'http://localhost:4173/')).toBe('http://localhost:4173/#/meeting/a%20b%2Fc');
  });
});
