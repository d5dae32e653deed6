import { useSyncExternalStore } from 'react';
import { appDatabase } from '../db/database';
import { appLibrary } from '../db/library-commands';
import { zimIndexSummary } from '../db/zims';
import { appZimClient } from '../zim/zim-client';

/** A library's search state, as its card shows it. */
export type IndexState =
  | { state: 'indexing'; done: number; total: number; startedAt: number; now: number }
  | { state: 'ready'; articles: number; skipped: number }
  | { state: 'failed'; message: string }
  | { state: 'none' };

const states = new Map<string, IndexState>();
const listeners = new Set<() => void>();
const set = (uuid: string, state: IndexState): void => {
  states.set(uuid, state);
  for (const listener of [...listeners]) listener();
};

/** A library's search state, kept current; 'none' until it is known. */
export function useIndexState(uuid: string): IndexState {
  return useSyncExternalStore(
    (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    () => states.get(uuid) ?? NONE,
  );
}
const NONE: IndexState = { state: 'none' };

/** Reads whether a library is searchable (its stored segment), for its card after a restart. */
export async function readIndexState(uuid: string): Promise<void> {
  if (states.get(uuid)?.state === 'indexing') return;
  const summary = await zimIndexSummary(appDatabase(), uuid);
  set(uuid, summary ? { state: 'ready', articles: summary.articles, skipped: summary.skipped } : NONE);
}

/** Indexes a library whose file was just opened, unless it is searchable already or being indexed. */
export async function indexIfNeeded(uuid: string): Promise<void> {
  if (states.get(uuid)?.state === 'indexing') return;
  if ((await zimIndexSummary(appDatabase(), uuid)) !== undefined) return readIndexState(uuid);
  await indexLibrary(uuid);
}

/**
 * Indexes a library in the ZIM worker, off the page, showing progress; the finished segment is stored and
 * search picks it up through the library change stream. Search keeps working meanwhile on everything else.
 */
export async function indexLibrary(uuid: string): Promise<void> {
  const startedAt = performance.now();
  set(uuid, { state: 'indexing', done: 0, total: 0, startedAt, now: startedAt });
  try {
    const built = await appZimClient().index(uuid, (done, total) =>
      set(uuid, { state: 'indexing', done, total, startedAt, now: performance.now() }),
    );
    if (built === undefined) return set(uuid, NONE);
    await appLibrary().saveZimIndex({ uuid, ...built, builtAt: Date.now() });
    set(uuid, { state: 'ready', articles: built.articles, skipped: built.skipped });
  } catch (error) {
    set(uuid, { state: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

/** Stops a library's indexing; what was done is dropped, and it can be started again. */
export function cancelIndexing(uuid: string): void {
  appZimClient().cancelIndex(uuid);
}
