import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { classifyStorageError } from '../../../src/lib/db/storage-errors.ts';

const named = (name: string, message = name) => Object.assign(new Error(message), { name });
const domQuota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** A quota error whose message does not say so: only its name tells (checks the walk, not the text). */
const silentQuota = () => named('QuotaExceededError', 'write refused');

describe('classifyStorageError', () => {
  it('recognises a full disk, directly or wrapped by Dexie', () => {
    expect(classifyStorageError(named('QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(new Dexie.AbortError('aborted', named('QuotaExceededError')))).toBe('quota');
  });

  it('recognises the DOMException, by its name or by its legacy code 22', () => {
    expect(classifyStorageError(domQuota())).toBe('quota');
    const legacy = new DOMException('Storage is full', 'QUOTA_EXCEEDED_ERR');
    Object.defineProperty(legacy, 'code', { value: 22 });
    expect(classifyStorageError(legacy)).toBe('quota');
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted', legacy))).toBe('quota');
  });

  it('recognises Dexie.AbortError whose cause or inner is the quota, however deep', () => {
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted', silentQuota()))).toBe('quota');
    const withCause = Object.assign(new Dexie.AbortError('Transaction aborted'), { cause: silentQuota() });
    expect(classifyStorageError(withCause)).toBe('quota');
    const deep = new Dexie.DatabaseClosedError(new Dexie.AbortError('aborted', new Dexie.AbortError('aborted', silentQuota())));
    expect(classifyStorageError(deep)).toBe('quota');
    expect(classifyStorageError(new Error('Transaction aborted', { cause: new Error('x', { cause: silentQuota() }) }))).toBe('quota');
  });

  it('recognises bulk and modify errors whose failures are quota errors', () => {
    const bulk = new Dexie.BulkError('bulkAdd(): 1 of 3 operations failed', { 2: silentQuota() });
    bulk.message = 'bulkAdd failed'; // the walk, not the text Dexie builds from the failures
    expect(classifyStorageError(bulk)).toBe('quota');
    const byPosOnly = Object.assign(new Error('bulk'), { name: 'BulkError', failuresByPos: { 7: silentQuota() } });
    expect(classifyStorageError(byPosOnly)).toBe('quota');
    const modify = new Dexie.ModifyError('modify failed', [silentQuota()], 0, ['k']);
    modify.message = 'modify failed';
    expect(classifyStorageError(modify)).toBe('quota');
    expect(classifyStorageError(new Dexie.AbortError('aborted', bulk))).toBe('quota');
  });

  it('recognises the messages Chromium and Dexie give a full disk', () => {
    expect(classifyStorageError(named('UnknownError', 'Encountered full disk while opening backing store for indexedDB.open.'))).toBe('quota');
    expect(classifyStorageError(named('UnknownError', 'Encountered disk full while committing transaction.'))).toBe('quota');
    expect(classifyStorageError(named('AbortError', 'QuotaExceededError '))).toBe('quota');
    expect(classifyStorageError(named('AbortError', 'The current transaction exceeded its quota limitations.'))).toBe('quota');
    expect(classifyStorageError(named('UnknownError', 'IO error: ... No space left on device'))).toBe('quota');
    // What Chromium 156 raised when its profile's file system filled during an import (tests/e2e/full-disk.test.ts).
    const chromium = named(
      'UnknownError',
      'Connection is closing because of: IO error: .../http_127.0.0.1_38159.indexeddb.leveldb/000086.ldb: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)',
    );
    expect(classifyStorageError(chromium)).toBe('quota');
    expect(classifyStorageError(new Dexie.BulkError('bulkPut(): 194 of 250 operations failed', { 56: chromium }))).toBe('quota');
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted', chromium))).toBe('quota');
    // The other way Chromium 156 failed there: the history table's key generator could not be stored.
    const generator = new Dexie.BulkError('history.bulkAdd(): 248 of 250 operations failed', {
      0: named('ConstraintError', 'Maximum key generator value reached.'),
      1: named('ConstraintError', 'Key already exists in the object store.'),
    });
    generator.message = 'history.bulkAdd(): 248 of 250 operations failed';
    expect(classifyStorageError(generator)).toBe('quota');
    expect(classifyStorageError(named('ConstraintError', 'Key already exists in the object store.'))).toBe('other');
  });

  it('recognises a browser that offers no storage', () => {
    expect(classifyStorageError(new Dexie.MissingAPIError())).toBe('unavailable');
    expect(classifyStorageError(named('SecurityError'))).toBe('unavailable');
  });

  it('calls anything else "other", and stops on errors that wrap themselves', () => {
    expect(classifyStorageError(new Error('boom'))).toBe('other');
    expect(classifyStorageError(new Dexie.BulkError('bulkAdd failed', { 0: new Dexie.ConstraintError('Key already exists') }))).toBe('other');
    expect(classifyStorageError('text')).toBe('other');
    expect(classifyStorageError(undefined)).toBe('other');
    const loop: Record<string, unknown> = { name: 'AbortError', message: 'aborted' };
    loop.inner = loop;
    expect(classifyStorageError(loop)).toBe('other');
  });
});
