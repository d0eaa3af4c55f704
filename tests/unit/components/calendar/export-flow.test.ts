/*
 * The export as the interface runs it speaks the interface language (issue #6): the file's
 * own words in Spanish when the interface is in Spanish, the plan's texts in their Spanish
 * translation where they have one and as written otherwise. Read back with ical.js.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { calendarFile } from '../../../../src/lib/components/calendar/export-flow.ts';
import { locale, setLanguage } from '../../../../src/lib/i18n/index.ts';
import { fr, makeAgendaItem, makeBundle, makeMeeting, makePlan } from '../../factories.ts';
import { parseIcs } from '../../ical/ics-test-helpers.ts';

const plan = makePlan({ shortTitle: { lang: 'fr', text: 'GT-Sécurité', translations: { es: 'GT-Seguridad' } } });
const meetings = [
  makeMeeting({ id: 'untitled', startTime: '10:00', endTime: '12:00' }),
  makeMeeting({ id: 'off', startDate: '2011-10-20', status: 'cancelled', title: fr('Réunion extraordinaire') }),
  makeMeeting({ id: 'later', startDate: '2011-11-03', status: 'postponed', title: { lang: 'fr', text: 'Séance', translations: { es: 'Sesión' } } }),
];
const agendaItems = [
  makeAgendaItem({
    id: 'a1',
    meetingId: 'untitled',
    order: 1,
    text: { lang: 'fr', text: 'Adoption de l’ordre du jour', translations: { es: 'Aprobación del orden del día' } },
  }),
  makeAgendaItem({ id: 'a2', meetingId: 'untitled', order: 2, text: fr('Questions diverses') }),
];
const bundle = { ...makeBundle(plan.id), plan, meetings, agendaItems };

function byUid(text: string) {
  const { events } = parseIcs(text);
  return (id: string) => {
    const event = events.find((e) => e.uid.includes(`/${id}@`));
    if (!event) throw new Error(`no event ${id}`);
    return event;
  };
}

describe('calendar export in the interface language', () => {
  afterEach(() => setLanguage('fr'));

  it('writes the file’s words in Spanish when the interface is in Spanish', async () => {
    await setLanguage('es');
    expect(locale).toBe('es');
    const { text, fileName } = await calendarFile(bundle, meetings, '1h');
    const event = byUid(text);
    expect(event('untitled').summary).toBe('Grupo de trabajo GT-Seguridad: reunión del 15 de septiembre de 2011');
    expect(event('untitled').description).toBe('Orden del día:\n1. Aprobación del orden del día\n2. Questions diverses');
    expect(event('off').summary).toBe('[Cancelada] Réunion extraordinaire');
    expect(event('later').summary).toBe('[Aplazada] Sesión');
    const alarm = event('later').component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('description')).toBe('Recordatorio: [Aplazada] Sesión');
    expect(text).toContain('PRODID:-//Quorum//Quorum work plan//ES\r\n');
    expect(fileName).toMatch(/^GT-Sécurité-calendario-\d{4}-\d{2}-\d{2}\.ics$/);
  });

  it('keeps the French words with a French interface', async () => {
    const { text } = await calendarFile(bundle, meetings, 'none');
    const event = byUid(text);
    expect(event('untitled').summary).toBe('Groupe de travail GT-Sécurité : réunion du 15 septembre 2011');
    expect(event('untitled').description).toBe('Ordre du jour :\n1. Adoption de l’ordre du jour\n2. Questions diverses');
    expect(event('off').summary).toBe('[Annulé] Réunion extraordinaire');
  });

  it('names a one-meeting file after its date, and refuses an empty choice', async () => {
    expect((await calendarFile(bundle, [meetings[1]!], 'none')).fileName).toBe('GT-Sécurité-2011-10-20.ics');
    await expect(calendarFile(bundle, [], 'none')).rejects.toThrow(RangeError);
  });
});
