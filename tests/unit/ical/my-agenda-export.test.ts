import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { markedMeetings } from '../../../src/lib/domain/personal.ts';
import { buildCalendar } from '../../../src/lib/ical/build-calendar.ts';
import { makeMark } from '../factories.ts';

const NOW = new Date('2011-09-01T12:00:00Z');
const item = mispaIII.agendaItems.find((i) => i.meetingId === 'mispa-iii/wg-2011-09-22')!;
const marks = [
  makeMark({ planId: mispaIII.plan.id, recordId: 'mispa-iii/wg-2011-10-13' }),
  makeMark({ planId: mispaIII.plan.id, recordId: item.id, kind: 'agendaItem' }),
  makeMark({ planId: mispaIII.plan.id, recordId: 'mispa-iii/gone' }),
];

/** Each VEVENT block of an .ics text, by its UID. */
function events(text: string): Map<string, string> {
  const blocks = text
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((b) => `BEGIN:VEVENT${b.slice(0, b.indexOf('END:VEVENT'))}`);
  return new Map(blocks.map((b) => [/UID:(\S+)/.exec(b)![1]!, b]));
}

describe('the .ics of my agenda', () => {
  it('holds my meetings (marked, or of a marked item), each the same event with the same UID as in the full export', () => {
    const mine = markedMeetings(marks, mispaIII.meetings, mispaIII.agendaItems);
    expect(mine.map((m) => m.id)).toEqual(['mispa-iii/wg-2011-09-22', 'mispa-iii/wg-2011-10-13']);
    const options = { plan: mispaIII.plan, agendaItems: mispaIII.agendaItems, reminder: 'none' as const, now: NOW };
    const all = events(buildCalendar({ ...options, meetings: mispaIII.meetings }));
    const my = events(buildCalendar({ ...options, meetings: mine }));
    expect(my.size).toBe(2);
    for (const [uid, block] of my) expect(all.get(uid)).toBe(block);
  });
});
