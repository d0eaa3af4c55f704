import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { notesOnDocument } from '../../../src/lib/domain/document-notes.ts';
import { fr, makeDocumentRef } from '../factories.ts';

const doc = (symbol: string) => mispaIII.documents.find((d) => d.symbol === symbol)!;

describe('notesOnDocument', () => {
  it('puts the note on the two numbers of AG/RES. 2629 / 2692 on both documents, and on no other', () => {
    const note = mispaIII.resolutions[0]!.note!;
    expect(note.text).toContain('AG/RES. 2692');
    expect(notesOnDocument(doc('AG/RES. 2629 (XLI-O/11)'), mispaIII.resolutions)).toEqual([note]);
    expect(notesOnDocument(doc('AG/RES. 2692 (XLI-O/11)'), mispaIII.resolutions)).toEqual([note]);
    expect(notesOnDocument(doc('CP/RES. 934 (1644/08)'), mispaIII.resolutions)).toEqual([]);
  });

  it('has nothing to say about a resolution without a note', () => {
    const resolution = { ...mispaIII.resolutions[0]!, note: undefined };
    expect(notesOnDocument(makeDocumentRef({ symbol: resolution.symbol, title: fr('x') }), [resolution])).toEqual([]);
  });
});
