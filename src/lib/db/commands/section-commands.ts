/*
 * Commands on the sections of a plan's text: add one (at the end of its parent's sections),
 * edit its heading, number or signature, move it among its siblings, remove it with its
 * subsections (clearing every link to them). Paragraphs are in paragraph-commands.ts.
 */
import { sortByOrder } from '../../domain/agenda.ts';
import type { Id, LocalizedText, Section } from '../../domain/types.ts';
import { validateSection } from '../../domain/validation.ts';
import type { QuorumDatabase } from '../database.ts';
import { mustGet, runCommand } from './context.ts';
import { assertUnchanged, assertValid } from './errors.ts';
import { newId } from './ids.ts';
import { applyPatch, dropBlank, type Patch } from './patch.ts';
import { assertInPlan, detachReferences } from './references.ts';
import { moveInList, renumber, type MoveTo } from './reorder.ts';

export type NewSection = { heading: LocalizedText; number?: string; parentId?: Id | null };
export type SectionPatch = Patch<Pick<Section, 'heading' | 'number' | 'signature'>>;

export async function addSection(db: QuorumDatabase, planId: Id, draft: NewSection, now = new Date()): Promise<Section> {
  assertValid(validateSection(draft));
  return runCommand(db, 'addSection', now, async (ctx) => {
    await mustGet(db, 'plans', planId);
    const parentId = draft.parentId ?? null;
    await assertInPlan(db, 'sections', parentId, planId, 'parentId');
    const siblings = await siblingsOf(db, planId, parentId);
    const section: Section = dropBlank(
      {
        id: newId(planId, 'section'),
        planId,
        updatedAt: ctx.now,
        parentId,
        order: (siblings.at(-1)?.order ?? -1) + 1,
        number: draft.number,
        heading: draft.heading,
        paragraphs: [],
      },
      ['number'],
    );
    return ctx.create('sections', section);
  });
}

/**
 * `base`: the section as the form opened it; a RecordChangedError when its number, heading or
 * signature changed since (its paragraphs are edited one by one, each with its own check).
 */
export async function updateSection(db: QuorumDatabase, sectionId: Id, patch: SectionPatch, now = new Date(), base?: Section): Promise<Section> {
  return runCommand(db, 'updateSection', now, async (ctx) => {
    const before = await mustGet(db, 'sections', sectionId);
    assertUnchanged('sections', before, base, ['paragraphs']);
    const after = dropBlank(applyPatch(before, patch), ['number']);
    assertValid(validateSection(after));
    return ctx.update('sections', before, after);
  });
}

export async function moveSection(db: QuorumDatabase, sectionId: Id, to: MoveTo, now = new Date()): Promise<void> {
  return runCommand(db, 'moveSection', now, async (ctx) => {
    const section = await mustGet(db, 'sections', sectionId);
    const siblings = await siblingsOf(db, section.planId, section.parentId);
    await renumber(ctx, 'sections', moveInList(siblings, sectionId, to));
  });
}

/** Removes a section, its subsections, and every reference to them. */
export async function removeSection(db: QuorumDatabase, sectionId: Id, now = new Date()): Promise<void> {
  return runCommand(db, 'removeSection', now, async (ctx) => {
    const section = await mustGet(db, 'sections', sectionId);
    const all = await db.sections.where({ planId: section.planId }).toArray();
    const removed = withDescendants(all, sectionId);
    for (const s of all) if (removed.has(s.id)) await ctx.remove('sections', s);
    const siblings = await siblingsOf(db, section.planId, section.parentId);
    await renumber(ctx, 'sections', siblings);
    await detachReferences(ctx, section.planId, removed);
  });
}

async function siblingsOf(db: QuorumDatabase, planId: Id, parentId: Id | null): Promise<Section[]> {
  const all = await db.sections.where({ planId }).toArray();
  return sortByOrder(all.filter((s) => s.parentId === parentId));
}

/** The ids of section `id` and of every section under it. */
function withDescendants(sections: readonly Section[], id: Id): Set<Id> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of sections) {
      if (s.parentId === null || !ids.has(s.parentId) || ids.has(s.id)) continue;
      ids.add(s.id);
      grew = true;
    }
  }
  return ids;
}
