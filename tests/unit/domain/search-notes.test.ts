import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../../src/lib/domain/search.ts';
import { makeBundle, makeNote } from '../factories.ts';

const bundle = makeBundle();
const meeting = bundle.meetings[0]!;
const item = bundle.agendaItems[0]!;

describe('search in my notes', () => {
  it('finds a note on a meeting or an item, first, as mine, opening the note on the meeting page', () => {
    const notes = [
      makeNote({ recordId: meeting.id, text: 'Appuyer la délégation du Pérou' }),
      makeNote({ recordId: item.id, kind: 'agendaItem', text: 'Voter pour le Pérou' }),
    ];
    const results = search(buildSearchIndex(bundle, {}, [], notes), 'perou');
    expect(results.groups.map((g) => g.kind)).toEqual(['note']);
    expect(results.groups[0]!.hits.map((h) => [h.entry.target, h.entry.context])).toEqual([
      [{ screen: 'meeting', id: meeting.id, anchor: `note-${meeting.id}` }, meeting.startDate],
      [{ screen: 'meeting', id: item.meetingId, anchor: `note-${item.id}` }, item.text.text],
    ]);
  });

  it('leaves out a note whose record is no longer in the plan, and finds nothing without notes', () => {
    const notes = [makeNote({ recordId: 'gone', text: 'Pérou' })];
    expect(search(buildSearchIndex(bundle, {}, [], notes), 'perou').total).toBe(0);
    expect(search(buildSearchIndex(bundle), 'perou').total).toBe(0);
  });
});
