/** Whether the browser keeps this profile's stored notes when disk space runs low. */
export type Persistence = 'persisted' | 'best-effort' | 'unknown';

let requested: Promise<Persistence> | undefined;

/**
 * Asks the browser, once per window, to keep the app's storage even when the disk runs low (without it, a
 * browser may clear a site's data under storage pressure). Never rejects.
 */
export function requestPersistence(): Promise<Persistence> {
  requested ??= (async (): Promise<Persistence> => {
    try {
      const storage = navigator.storage;
      if (storage === undefined || typeof storage.persist !== 'function') return 'unknown';
      if (await storage.persisted()) return 'persisted';
      return (await storage.persist()) ? 'persisted' : 'best-effort';
    } catch {
      return 'unknown';
    }
  })();
  return requested;
}

/** A sentence for the privacy view about what the persistence request gave. */
export function describePersistence(persistence: Persistence): string {
  if (persistence === 'persisted') return 'Your notes are stored to be kept even when the disk runs low.';
  if (persistence === 'best-effort') {
    return 'The browser did not promise to keep your notes if the disk runs low; back them up now and then.';
  }
  return 'Whether your notes are kept when the disk runs low is not known here; back them up now and then.';
}

/**
 * Says in plain words why storage failed, for the notice shown beside the still-working reader: a full disk,
 * another window holding an older version of the database open, or storage that cannot be opened at all.
 */
export function explainStorageError(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
  const kind = typeof inner === 'string' ? inner : name;
  if (kind === 'QuotaExceededError') {
    return 'the disk is full, so nothing more can be saved. Free some space; nothing already saved is lost';
  }
  if (kind === 'VersionError' || kind === 'DatabaseClosedError' || kind === 'BlockedError') {
    return 'another Airgap window is using an older version of your notes. Close other Airgap windows and reload';
  }
  if (kind === 'InvalidStateError' || kind === 'UnknownError' || kind === 'OpenFailedError') {
    return 'this computer’s storage could not be opened (it may be full, damaged or disabled)';
  }
  const message = (error as { message?: unknown } | null)?.message;
  return onceEach(typeof message === 'string' && message !== '' ? message : String(error));
}

/**
 * The message with each of its parts said once: Dexie wraps a browser error and repeats its text
 * ("UnknownError: Internal error. Internal error."), which a notice would otherwise show twice.
 */
export function onceEach(message: string): string {
  const parts = message.split(/(?<=[.:;])\s+/).filter((part) => part.trim() !== '');
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const part of parts) {
    const key = part
      .replace(/[.:;]+$/, '')
      .trim()
      .toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(part);
  }
  return kept.join(' ');
}
