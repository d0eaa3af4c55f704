/*
 * Commands on the paragraphs of a section. Paragraphs live inside their section record, so
 * each command rewrites that one section (and its history entry holds the whole section).
 */
import type { Id, LocalizedText, Paragraph, Section } from '../../domain/types.ts';
import { validateParagraph } from '../../domain/validation.ts';
import type { QuorumDatabase } from '../database.ts';
import { mustGet, runCommand } from './context.ts';
import { assertUnchanged, assertValid, RecordNotFoundError } from './errors.ts';
import { randomId } from './ids.ts';
import { moveInList, type MoveTo } from './reorder.ts';

/** Adds a paragraph at `index` (default: at the end); returns the new paragraph. */
export async function addParagraph(db: QuorumDatabase, sectionId: Id, text: LocalizedText, index?: number, now = new Date()): Promise<Paragraph> {
  assertValid(validateParagraph({ text }));
  const paragraph: Paragraph = { id: `${sectionId}/p-${randomId()}`, text };
  return editParagraphs(db, 'addParagraph', sectionId, now, (list) => {
    const at = index === undefined ? list.length : Math.min(Math.max(index, 0), list.length);
    return [...list.slice(0, at), paragraph, ...list.slice(at)];
  }).then(() => paragraph);
}

/** `base`: the paragraph as the form opened it; a RecordChangedError (with the paragraph now) when it changed since. */
export async function updateParagraph(
  db: QuorumDatabase,
  sectionId: Id,
  paragraphId: Id,
  text: LocalizedText,
  now = new Date(),
  base?: Paragraph,
): Promise<void> {
  assertValid(validateParagraph({ text }));
  return editParagraphs(
    db,
    'updateParagraph',
    sectionId,
    now,
    (list) => {
      const stored = list.find((p) => p.id === paragraphId);
      if (stored) assertUnchanged('paragraphs', stored, base);
      return list.map((p) => (p.id === paragraphId ? { ...p, text } : p));
    },
    paragraphId,
  );
}

export async function moveParagraph(db: QuorumDatabase, sectionId: Id, paragraphId: Id, to: MoveTo, now = new Date()): Promise<void> {
  return editParagraphs(db, 'moveParagraph', sectionId, now, (list) => moveInList(list, paragraphId, to), paragraphId);
}

export async function removeParagraph(db: QuorumDatabase, sectionId: Id, paragraphId: Id, now = new Date()): Promise<void> {
  return editParagraphs(db, 'removeParagraph', sectionId, now, (list) => list.filter((p) => p.id !== paragraphId), paragraphId);
}

/** Rewrites the section's paragraphs with `edit`, after checking paragraph `mustHave` is there. */
async function editParagraphs(
  db: QuorumDatabase,
  command: string,
  sectionId: Id,
  now: Date,
  edit: (list: Paragraph[]) => Paragraph[],
  mustHave?: Id,
): Promise<void> {
  await runCommand(db, command, now, async (ctx) => {
    const before: Section = await mustGet(db, 'sections', sectionId);
    if (mustHave && !before.paragraphs.some((p) => p.id === mustHave)) throw new RecordNotFoundError('paragraphs', mustHave);
    await ctx.update('sections', before, { ...before, paragraphs: edit(before.paragraphs) });
  });
}
