import { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { QuorumDatabase } from '../../../src/lib/db/database.ts';
import { noteRows, Reads } from '../../../src/lib/state/reads.ts';

const db = new QuorumDatabase();

describe('Reads', () => {
  it('is touched by a change to a key it read, not by another key or another table', () => {
    const reads = new Reads();
    reads.keys(db.agendaItems, 'meetingId', ['m1']);
    expect(reads.touchedBy({ 'idb://quorum/agendaItems/meetingId': new RangeSet('m1') })).toBe(true);
    expect(reads.touchedBy({ 'idb://quorum/agendaItems/meetingId': new RangeSet('m2') })).toBe(false);
    expect(reads.touchedBy({ 'idb://quorum/meetings/': new RangeSet('m1') })).toBe(false);
    expect(reads.touchedBy({ 'idb://other/agendaItems/meetingId': new RangeSet('m1') })).toBe(false);
  });

  it('is touched by a range holding a key it read (a bulk write names a range)', () => {
    const reads = new Reads();
    reads.keys(db.meetings, '', ['b']);
    expect(reads.touchedBy({ 'idb://quorum/meetings/': new RangeSet('a', 'c') })).toBe(true);
    expect(reads.touchedBy({ 'idb://quorum/meetings/': new RangeSet('c', 'd') })).toBe(false);
  });

  it('finds a compound key it read ([plan, record]) by value, not by identity', () => {
    const reads = new Reads();
    reads.keys(db.notes, '', [['p1', 'r1']]);
    expect(reads.touchedBy({ 'idb://quorum/notes/': new RangeSet(['p1', 'r1']) })).toBe(true);
    expect(reads.touchedBy({ 'idb://quorum/notes/': new RangeSet(['p1', 'r2']) })).toBe(false);
  });

  it('notes a whole table, and ignores empty parts', () => {
    const reads = new Reads();
    reads.table(db.plans);
    expect(reads.touchedBy({ 'idb://quorum/plans/': new RangeSet('any') })).toBe(true);
    expect(reads.touchedBy({ 'idb://quorum/plans/': new RangeSet() })).toBe(false);
  });

  it('reads structured clones from another tab, and Dexie’s “all” signal', () => {
    const reads = new Reads();
    reads.keys(db.meetings, '', ['x']);
    const cloned = structuredClone({ 'idb://quorum/meetings/': new RangeSet().addKeys(['a', 'x', 'z']) });
    expect(reads.touchedBy(cloned)).toBe(true);
    expect(new Reads().touchedBy({ all: new RangeSet(-Infinity, [[]]) })).toBe(true);
  });

  it('notes records read through an index by their keys too (a record moved away is seen)', () => {
    const reads = new Reads();
    noteRows(reads, db.agendaItems, 'meetingId', 'm1', [{ id: 'i1' }, { id: 'i2' }] as never[]);
    expect(reads.touchedBy({ 'idb://quorum/agendaItems/': new RangeSet('i2') })).toBe(true);
    expect(reads.touchedBy({ 'idb://quorum/agendaItems/': new RangeSet('i3') })).toBe(false);
  });
});
