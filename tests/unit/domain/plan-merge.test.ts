import { describe, expect, it } from 'vitest';
import { mergePlans, type MergeConflict, type MergeSide } from '../../../src/lib/domain/plan-merge.ts';
import type { AgendaItem, Id, PlanBundle } from '../../../src/lib/domain/types.ts';
import { generatePlan } from '../../support/generate-plan.ts';
import { danglingReferences } from '../bundle-checks.ts';

/*
 * Every pair of operations an organiser can make on agenda items (edit, add, delete, move,
 * translate), one applied to the local copy and one to the remote, on the same record and on
 * two records of the same meeting, on generated plans. Each result either holds both sides'
 * changes or reports a conflict; a conflict settled either way holds the chosen side's change.
 */

const base = generatePlan({ seed: 7, meetings: 8, agendaItems: 60, mandates: 12 });
const meetingId = [...new Set(base.agendaItems.map((a) => a.meetingId))].find((id) => base.agendaItems.filter((a) => a.meetingId === id).length >= 5)!;
const siblings = (plan: PlanBundle, meeting: Id = meetingId) => plan.agendaItems.filter((a) => a.meetingId === meeting).sort((a, b) => a.order - b.order);
const [first, second, third] = siblings(base)
  .slice(1)
  .map((a) => a.id);
const item = (plan: PlanBundle, id: Id) => plan.agendaItems.find((a) => a.id === id);

/** `items` in that order, numbered as the reorder command numbers them. */
function withOrder(plan: PlanBundle, items: AgendaItem[]): PlanBundle {
  const others = plan.agendaItems.filter((a) => a.meetingId !== meetingId);
  return { ...plan, agendaItems: [...others, ...items.map((a, order) => ({ ...a, order }))] };
}

type Op = 'edit' | 'add' | 'delete' | 'move' | 'translate';
const OPS: Op[] = ['edit', 'add', 'delete', 'move', 'translate'];

function apply(op: Op, plan: PlanBundle, target: Id, side: MergeSide): PlanBundle {
  const copy = structuredClone(plan);
  const list = siblings(copy);
  const at = list.findIndex((a) => a.id === target);
  const record = list[at]!;
  switch (op) {
    case 'edit':
      record.text = { ...record.text, text: `Texte revu (${side})` };
      record.updatedAt = `2026-12-0${side === 'local' ? 1 : 2}T00:00:00.000Z`;
      return copy;
    case 'translate':
      record.text = { ...record.text, translations: { ...record.text.translations, en: `Translated (${side})` } };
      return copy;
    case 'add': {
      const added: AgendaItem = { ...record, id: `new-${side}`, text: { lang: 'fr', text: `Nouveau point (${side})` }, outcome: undefined };
      list.splice(at + 1, 0, added);
      return withOrder(copy, list);
    }
    case 'delete':
      list.splice(at, 1);
      return withOrder(copy, list);
    case 'move':
      list.splice(at, 1);
      list.splice(side === 'local' ? 0 : list.length, 0, record);
      return withOrder(copy, list);
  }
}

/** What `op` by `side` on `target` must leave in the merged plan. */
function expectHeld(op: Op, merged: PlanBundle, sidePlan: PlanBundle, target: Id, side: MergeSide, untouched: Id[]) {
  const record = item(merged, target);
  switch (op) {
    case 'edit':
      return expect(record?.text.text).toBe(`Texte revu (${side})`);
    case 'translate':
      return expect(record?.text.translations?.en).toBe(`Translated (${side})`);
    case 'add': {
      const added = item(merged, `new-${side}`);
      expect(added?.meetingId).toBe(meetingId);
      // Right after the item it was added after, unless the other side put something there too.
      const order = siblings(merged).map((a) => a.id);
      return expect(order.indexOf(`new-${side}`)).toBeGreaterThan(order.indexOf(target));
    }
    case 'delete':
      return expect(record).toBeUndefined();
    case 'move': {
      // Before or after each item the other side did not touch, as this side put it.
      const mine = siblings(sidePlan).map((a) => a.id);
      const ours = siblings(merged).map((a) => a.id);
      for (const id of untouched) expect(Math.sign(ours.indexOf(target) - ours.indexOf(id)), id).toBe(Math.sign(mine.indexOf(target) - mine.indexOf(id)));
      return;
    }
  }
}

function expectWhole(plan: PlanBundle) {
  expect(danglingReferences(plan)).toEqual([]);
  const meetings = new Set(plan.agendaItems.map((a) => a.meetingId));
  for (const id of meetings) expect(siblings(plan, id).map((a) => a.order)).toEqual(siblings(plan, id).map((_, i) => i));
  expect(new Set(plan.agendaItems.map((a) => a.id)).size).toBe(plan.agendaItems.length);
}

/** Same record: which pairs cannot both hold. Moving it and deleting it, or changing one piece two ways. */
const CLASHES = new Set([
  'edit/edit',
  'edit/delete',
  'delete/edit',
  'translate/translate',
  'translate/delete',
  'delete/translate',
  'delete/move',
  'move/delete',
  'move/move',
]);

describe('mergePlans: every pair of operations on agenda items', () => {
  const untouchedBy = (target: Id, otherTarget: Id) =>
    siblings(base)
      .map((a) => a.id)
      .filter((id) => id !== target && id !== otherTarget);

  for (const localOp of OPS) {
    for (const remoteOp of OPS) {
      it(`${localOp} here, ${remoteOp} there, on two records: both hold, no question`, () => {
        const local = apply(localOp, base, first!, 'local');
        const remote = apply(remoteOp, base, third!, 'remote');
        const merge = mergePlans(base, local, remote);
        expect(merge.conflicts).toEqual([]);
        const merged = merge.resolve(new Map());
        expectWhole(merged);
        expectHeld(localOp, merged, local, first!, 'local', untouchedBy(first!, third!));
        expectHeld(remoteOp, merged, remote, third!, 'remote', untouchedBy(third!, first!));
      });

      it(`${localOp} here, ${remoteOp} there, on one record: ${CLASHES.has(`${localOp}/${remoteOp}`) ? 'a conflict, settled either way' : 'both hold'}`, () => {
        const local = apply(localOp, base, second!, 'local');
        const remote = apply(remoteOp, base, second!, 'remote');
        const merge = mergePlans(base, local, remote);
        const untouched = untouchedBy(second!, second!);
        if (!CLASHES.has(`${localOp}/${remoteOp}`)) {
          // Both deleting it is one deletion, not a conflict.
          expect(merge.conflicts).toEqual([]);
          const merged = merge.resolve(new Map());
          expectWhole(merged);
          expectHeld(localOp, merged, local, second!, 'local', untouched);
          expectHeld(remoteOp, merged, remote, second!, 'remote', untouched);
          return;
        }
        expect(merge.conflicts).toHaveLength(1);
        const [conflict] = merge.conflicts as [MergeConflict];
        expect(conflict).toMatchObject({ table: 'agendaItems', id: second });
        for (const side of ['local', 'remote'] as const) {
          const merged = merge.resolve(new Map([[conflict.key, side]]));
          expectWhole(merged);
          expectHeld(side === 'local' ? localOp : remoteOp, merged, side === 'local' ? local : remote, second!, side, untouched);
        }
      });
    }
  }
});

describe('mergePlans: what a conflict says', () => {
  it('shows both values of one field side by side, with the value both started from', () => {
    const local = apply('edit', base, first!, 'local');
    const remote = apply('edit', base, first!, 'remote');
    const [conflict] = mergePlans(base, local, remote).conflicts;
    expect(conflict).toEqual({
      kind: 'field',
      key: `agendaItems/${first}/text/text`,
      table: 'agendaItems',
      id: first,
      path: ['text', 'text'],
      base: item(base, first!)!.text.text,
      local: 'Texte revu (local)',
      remote: 'Texte revu (remote)',
    });
  });

  it('says which side deleted a record the other edited, and what keeping it keeps', () => {
    const local = apply('delete', base, first!, 'local');
    const remote = apply('edit', base, first!, 'remote');
    const [conflict] = mergePlans(base, local, remote).conflicts;
    expect(conflict).toMatchObject({ kind: 'deleted', deletedBy: 'local', kept: item(remote, first!) });
  });

  it('refuses to build a plan while a conflict has no side chosen', () => {
    const merge = mergePlans(base, apply('edit', base, first!, 'local'), apply('edit', base, first!, 'remote'));
    expect(() => merge.resolve(new Map())).toThrow(/No side chosen/);
  });
});

describe('mergePlans: what records hold', () => {
  it('asks before deleting a meeting in which the other side added an agenda item, and deletes the item with it if told', () => {
    const local: PlanBundle = {
      ...base,
      meetings: base.meetings.filter((m) => m.id !== meetingId),
      agendaItems: base.agendaItems.filter((a) => a.meetingId !== meetingId),
    };
    const remote = apply('add', base, first!, 'remote');
    const merge = mergePlans(base, local, remote);
    expect(merge.conflicts.map((c) => [c.kind, c.table, c.id])).toEqual([['deleted', 'meetings', meetingId]]);
    const deleted = merge.resolve(new Map([[merge.conflicts[0]!.key, 'local']]));
    expect(deleted.meetings.some((m) => m.id === meetingId)).toBe(false);
    expect(deleted.agendaItems.filter((a) => a.meetingId === meetingId)).toEqual([]);
    expectWhole(deleted);
    const kept = merge.resolve(new Map([[merge.conflicts[0]!.key, 'remote']]));
    expect(siblings(kept).map((a) => a.id)).toEqual(siblings(remote).map((a) => a.id));
    expectWhole(kept);
  });

  it('deletes a meeting and its items without a question when the other side changed nothing in it', () => {
    const local: PlanBundle = {
      ...base,
      meetings: base.meetings.filter((m) => m.id !== meetingId),
      agendaItems: base.agendaItems.filter((a) => a.meetingId !== meetingId),
    };
    const otherMeeting = base.meetings.find((m) => m.id !== meetingId)!;
    const remote: PlanBundle = {
      ...base,
      meetings: base.meetings.map((m) => (m.id === otherMeeting.id ? { ...m, place: { lang: 'fr', text: 'Salle Miranda' } } : m)),
    };
    const merge = mergePlans(base, local, remote);
    expect(merge.conflicts).toEqual([]);
    const merged = merge.resolve(new Map());
    expect(merged.meetings.find((m) => m.id === otherMeeting.id)?.place?.text).toBe('Salle Miranda');
    expect(merged.agendaItems.some((a) => a.meetingId === meetingId)).toBe(false);
    expectWhole(merged);
  });

  it('merges an item moved to another meeting on one side with its text edited on the other', () => {
    const target = base.meetings.find((m) => m.id !== meetingId)!.id;
    const local: PlanBundle = { ...base, agendaItems: base.agendaItems.map((a) => (a.id === first ? { ...a, meetingId: target, order: 999 } : a)) };
    const remote = apply('edit', base, first!, 'remote');
    const merge = mergePlans(base, local, remote);
    expect(merge.conflicts).toEqual([]);
    const merged = merge.resolve(new Map());
    expect(item(merged, first!)).toMatchObject({ meetingId: target, text: { text: 'Texte revu (remote)' } });
    expect(siblings(merged, target).at(-1)?.id).toBe(first);
    expectWhole(merged);
  });

  it('merges two paragraphs of one section edited apart, and a translation of its heading', () => {
    const section = base.sections.find((s) => s.paragraphs.length >= 2)!;
    const edit = (plan: PlanBundle, change: (s: typeof section) => typeof section) => ({
      ...plan,
      sections: plan.sections.map((s) => (s.id === section.id ? change(structuredClone(s)) : s)),
    });
    const local = edit(base, (s) => ((s.paragraphs[0]!.text.text = 'Premier paragraphe revu'), s));
    const remote = edit(base, (s) => ((s.paragraphs[1]!.text.text = 'Second paragraphe revu'), (s.heading.translations = { en: 'Heading' }), s));
    const merge = mergePlans(base, local, remote);
    expect(merge.conflicts).toEqual([]);
    const merged = merge.resolve(new Map()).sections.find((s) => s.id === section.id)!;
    expect(merged.paragraphs.map((p) => p.text.text).slice(0, 2)).toEqual(['Premier paragraphe revu', 'Second paragraphe revu']);
    expect(merged.heading.translations).toEqual({ en: 'Heading' });
  });

  it('drops a citation of a record deleted on the other side, as the delete command does', () => {
    const cited = base.documents.find((d) => d.citedIn.some((c) => c.kind === 'meeting'))!;
    const gone = cited.citedIn.find((c) => c.kind === 'meeting')!.id;
    const local: PlanBundle = {
      ...base,
      meetings: base.meetings.filter((m) => m.id !== gone),
      agendaItems: base.agendaItems.filter((a) => a.meetingId !== gone),
    };
    const remote: PlanBundle = { ...base, documents: base.documents.map((d) => (d.id === cited.id ? { ...d, symbol: `${d.symbol} rev. 1` } : d)) };
    const merge = mergePlans(base, local, remote);
    expect(merge.conflicts).toEqual([]);
    const merged = merge.resolve(new Map());
    expect(merged.documents.find((d) => d.id === cited.id)).toMatchObject({ symbol: `${cited.symbol} rev. 1` });
    expectWhole(merged);
  });

  it('raises the SEQUENCE above the published one when the merged meeting differs from it in what calendars show', () => {
    const meeting = base.meetings[0]!;
    const moved = (plan: PlanBundle, change: object) => ({
      ...plan,
      meetings: plan.meetings.map((m) => (m.id === meeting.id ? { ...m, ...change, sequence: meeting.sequence + 1 } : m)),
    });
    const local = moved(base, { startTime: '09:30' });
    const remote = moved(base, { place: { lang: 'fr', text: 'Salle Guerrero' } });
    const merged = mergePlans(base, local, remote)
      .resolve(new Map())
      .meetings.find((m) => m.id === meeting.id)!;
    expect(merged).toMatchObject({ startTime: '09:30', place: { text: 'Salle Guerrero' }, sequence: meeting.sequence + 2 });
    const same = mergePlans(base, base, remote)
      .resolve(new Map())
      .meetings.find((m) => m.id === meeting.id)!;
    expect(same.sequence).toBe(meeting.sequence + 1);
  });

  it('takes nothing from the sides but their changes: the base merged with itself is the base', () => {
    const merge = mergePlans(base, base, structuredClone(base));
    expect(merge.conflicts).toEqual([]);
    expect(merge.resolve(new Map())).toEqual(base);
  });
});
