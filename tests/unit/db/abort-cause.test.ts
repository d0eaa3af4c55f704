import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { abortCause } from '../../../src/lib/db/abort-cause.ts';
import { classifyStorageError } from '../../../src/lib/db/storage-errors.ts';

const aborted = () => new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'AbortError');
const noSpace = () => new DOMException('Connection is closing because of: IO error: …/000097.ldb: FILE_ERROR_NO_SPACE', 'UnknownError');

/** The table below the middleware: answers every write with `response`. */
function tableAnswering(response: DBCoreMutateResponse): DBCoreTable {
  const below = { mutate: async () => response } as unknown as DBCoreTable;
  const create = abortCause.create as (down: DBCore) => DBCore;
  const core = create({ table: () => below } as unknown as DBCore);
  return core.table('agendaItems');
}

const write = (trans: unknown) => ({ type: 'put', trans, values: [{}, {}] }) as unknown as DBCoreMutateRequest;

describe('abortCause', () => {
  it('fails a write whose transaction was aborted with the transaction’s reason, so a full disk is told as such', async () => {
    const table = tableAnswering({ numFailures: 2, failures: [aborted(), aborted()], results: [], lastResult: undefined });
    expect(classifyStorageError({ failures: [aborted()] })).toBe('other'); // what the app saw without it
    const error = await table.mutate(write({ error: noSpace() })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError', inner: { name: 'UnknownError' } });
    expect(classifyStorageError(error)).toBe('quota');
  });

  it('leaves successful writes, and failures of a live transaction (a duplicate key), as Dexie reports them', async () => {
    const ok: DBCoreMutateResponse = { numFailures: 0, failures: [], results: [1, 2], lastResult: 2 };
    await expect(tableAnswering(ok).mutate(write({ error: null }))).resolves.toBe(ok);
    const duplicate: DBCoreMutateResponse = {
      numFailures: 1,
      failures: [new DOMException('Key already exists', 'ConstraintError')],
      results: [],
      lastResult: undefined,
    };
    await expect(tableAnswering(duplicate).mutate(write({ error: null }))).resolves.toBe(duplicate);
  });
});
