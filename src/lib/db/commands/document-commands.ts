/*
 * Commands on the documents a plan cites: add, edit (symbol, title, where it is cited),
 * remove. Every "cited in" target must be a record of the same plan.
 */
import type { Id, DocumentRef } from '../../domain/types.ts';
import { validateDocumentRef, type DocumentRefDraft, type FieldErrors } from '../../domain/validation.ts';
import type { QuorumDatabase } from '../database.ts';
import { mustGet, runCommand, type CommandContext } from './context.ts';
import { assertUnchanged, assertValid } from './errors.ts';
import { newId } from './ids.ts';
import { applyPatch, dropBlank, type Patch } from './patch.ts';
import { unknownCitations } from './references.ts';

export type DocumentRefPatch = Patch<Pick<DocumentRef, 'symbol' | 'title' | 'citedIn'>>;

export async function addDocumentRef(db: QuorumDatabase, planId: Id, draft: DocumentRefDraft, now = new Date()): Promise<DocumentRef> {
  assertValid(validateDocumentRef(draft));
  return runCommand(db, 'addDocumentRef', now, async (ctx) => {
    await mustGet(db, 'plans', planId);
    const doc = dropBlank<DocumentRef>(
      {
        id: newId(planId, 'document'),
        planId,
        updatedAt: ctx.now,
        symbol: draft.symbol.trim(),
        title: draft.title,
        citedIn: draft.citedIn ?? [],
      },
      ['title'],
    );
    await checkCitations(ctx, doc);
    return ctx.create('documents', doc);
  });
}

/** `base`: the document as the form opened it; a RecordChangedError when it changed since. */
export async function updateDocumentRef(db: QuorumDatabase, id: Id, patch: DocumentRefPatch, now = new Date(), base?: DocumentRef): Promise<DocumentRef> {
  return runCommand(db, 'updateDocumentRef', now, async (ctx) => {
    const before = await mustGet(db, 'documents', id);
    // Its texts are attached apart from the form (document-file-commands.ts): not the form's to compare.
    assertUnchanged('documents', before, base, ['files', 'updatedAt']);
    const after = dropBlank(applyPatch(before, patch), ['title']);
    assertValid(validateDocumentRef(after));
    await checkCitations(ctx, after);
    return ctx.update('documents', before, { ...after, symbol: after.symbol.trim() });
  });
}

export async function removeDocumentRef(db: QuorumDatabase, id: Id, now = new Date()): Promise<void> {
  return runCommand(db, 'removeDocumentRef', now, async (ctx) => {
    await ctx.remove('documents', await mustGet(db, 'documents', id));
  });
}

async function checkCitations(ctx: CommandContext, doc: DocumentRef): Promise<void> {
  const missing = await unknownCitations(ctx, doc.planId, doc.citedIn);
  const errors: FieldErrors = {};
  for (const i of missing) errors[`citedIn.${i}`] = { key: 'validation.referenceUnknown' };
  assertValid(errors);
}
