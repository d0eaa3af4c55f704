/*
 * When IndexedDB aborts a transaction (a full disk: Chromium closes the connection with an
 * UnknownError "…FILE_ERROR_NO_SPACE"), every pending write only says "AbortError: the
 * transaction was aborted"; the reason is on the transaction. Dexie reports those writes'
 * errors first (a BulkError of AbortErrors), so the reason would be lost and the user told a
 * technical message instead of "the device is full". This middleware makes a write whose
 * transaction carries an error fail with that error as `inner` (storage-errors.ts reads it).
 */
import Dexie, { type DBCore, type Middleware } from 'dexie';

export const abortCause: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'abort-cause',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) =>
          table.mutate(request).then((result) => {
            const cause = result.numFailures ? (request.trans as unknown as { error?: DOMException | null }).error : undefined;
            return cause ? Promise.reject(new Dexie.AbortError(`${name}: the transaction was aborted`, cause)) : result;
          }),
      };
    },
  }),
};
