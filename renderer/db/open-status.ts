/** Whether opening the notes database is waiting for another window that holds an older version open. */
let blocked = false;
const listeners = new Set<() => void>();

/** Records that the database's upgrade is blocked (or no longer is), and tells whoever shows it. */
export function setStorageBlocked(value: boolean): void {
  if (blocked === value) return;
  blocked = value;
  for (const listener of [...listeners]) listener();
}

/** Whether the upgrade is blocked right now. */
export function storageBlocked(): boolean {
  return blocked;
}

/** Calls `listener` when the blocked state changes; returns a function that stops it. */
export function subscribeStorageBlocked(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What the app says while it waits, in plain words. */
export const BLOCKED_MESSAGE =
  'Your notes are waiting for another Airgap window that uses an older version of them. Close that window (or reload it) and they will appear; nothing is lost.';
