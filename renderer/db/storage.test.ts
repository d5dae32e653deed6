import { describe, expect, it } from 'vitest';
import { describePersistence, explainStorageError, onceEach } from './storage';

describe('explainStorageError', () => {
  it('says a wrapped error’s text once, not once per layer that repeated it', () => {
    const wrapped = { name: 'AbortError', message: 'Transaction aborted. Disk I/O failed. Disk I/O failed.' };
    expect(explainStorageError(wrapped)).toBe('Transaction aborted. Disk I/O failed.');
    expect(onceEach('AbortError: AbortError: the write stopped')).toBe('AbortError: the write stopped');
  });

  it('explains a full disk, a blocked upgrade and storage that cannot open in plain words', () => {
    expect(explainStorageError(new DOMException('quota', 'QuotaExceededError'))).toMatch(/disk is full/);
    // Dexie wraps the browser's error and keeps it as `inner`.
    expect(explainStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toMatch(
      /disk is full/,
    );
    expect(explainStorageError({ name: 'VersionError', message: 'x' })).toMatch(/another Airgap window/);
    expect(explainStorageError(new DOMException('storage is unavailable', 'UnknownError'))).toMatch(
      /could not be opened/,
    );
  });

  it('falls back to the error message, once, for anything else', () => {
    expect(explainStorageError(new Error('odd'))).toBe('odd');
    expect(explainStorageError(undefined)).toBe('undefined');
  });
});

describe('describePersistence', () => {
  it('tells the user whether stored notes survive low disk space', () => {
    expect(describePersistence('persisted')).toMatch(/kept even when the disk runs low/);
    expect(describePersistence('best-effort')).toMatch(/back them up/);
  });
});
