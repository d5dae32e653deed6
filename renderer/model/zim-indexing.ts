import { useSyncExternalStore } from 'react';
import { appDatabase } from '../db/database';
import { appLibrary } from '../db/library-commands';
import { zimIndexSummary, type ZimIndexSummary } from '../db/zims';
import { appZimClient, type ZimClient } from '../zim/zim-client';

/** A library's search state, as its card shows it; `searchable` pages are those of the parts built so far. */
export type IndexState =
  | {
      state: 'indexing';
      done: number;
      total: number;
      searchable: number;
      startedAt: number;
      now: number;
      /** Where this run started (pages of earlier parts), so its rate counts only its own pages. */
      from: number;
    }
  | { state: 'paused'; done: number; total: number; searchable: number }
  | { state: 'ready'; articles: number; skipped: number }
  | { state: 'failed'; message: string }
  | { state: 'none' };

const states = new Map<string, IndexState>();
const listeners = new Set<() => void>();
// Libraries the user paused in this window: opening their file again does not resume them (a restart does).
const paused = new Set<string>();
// What each run was asked to do when it stops early: keep its parts (pause) or drop them (cancel).
const stopping = new Map<string, 'pause' | 'cancel'>();
let client: () => ZimClient = appZimClient;

const set = (uuid: string, state: IndexState): void => {
  states.set(uuid, state);
  rebuildPartial();
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

let partialSnapshot: ReadonlyMap<string, { searchable: number; total: number }> = new Map();

/**
 * The libraries searched only in part (being indexed, or paused part-way): how many of their pages search holds
 * so far, by UUID; a new map only when those numbers change (once per part, not per progress step).
 */
export function usePartialLibraries(): ReadonlyMap<string, { searchable: number; total: number }> {
  return useSyncExternalStore(
    (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    () => partialSnapshot,
  );
}

/** The same, read once (for tests and non-React callers). */
export function partialLibraries(): ReadonlyMap<string, { searchable: number; total: number }> {
  return partialSnapshot;
}

function rebuildPartial(): void {
  const next = new Map<string, { searchable: number; total: number }>();
  for (const [uuid, state] of states)
    if ((state.state === 'indexing' || state.state === 'paused') && state.total > 0)
      next.set(uuid, { searchable: state.searchable, total: state.total });
  const same =
    next.size === partialSnapshot.size &&
    [...next].every(([uuid, n]) => {
      const before = partialSnapshot.get(uuid);
      return before?.searchable === n.searchable && before.total === n.total;
    });
  if (!same) partialSnapshot = next;
}

/** Every library's state now, read once (for tests). */
export function indexStates(): ReadonlyMap<string, IndexState> {
  return states;
}

/** The state a stored index stands for: searchable whole, or part of it (waiting to be resumed). */
function stateOf(summary: ZimIndexSummary | undefined): IndexState {
  if (summary === undefined) return NONE;
  if (summary.built.length === summary.parts)
    return { state: 'ready', articles: summary.articles, skipped: summary.skipped };
  const done = Math.min(summary.totalPages, summary.articles + summary.skipped);
  return { state: 'paused', done, total: summary.totalPages, searchable: summary.articles };
}

/** The first part not yet built: a run resumes there. */
const nextPart = (summary: ZimIndexSummary | undefined): number => {
  let part = 0;
  while (summary?.built.includes(part)) part++;
  return part;
};

// Libraries with a run under way, marked before the first await, so a second click or a second open cannot
// start a second run beside it.
const running = new Set<string>();

/** Reads whether a library is searchable (its stored parts), for its card after a restart. */
export async function readIndexState(uuid: string): Promise<void> {
  if (running.has(uuid)) return;
  const state = stateOf(await zimIndexSummary(appDatabase(), uuid));
  // A run that started while the stored state was read shows its own progress instead.
  if (!running.has(uuid)) set(uuid, state);
}

/**
 * Indexes a library whose file was just opened, unless it is searchable already, being indexed, or paused by the
 * user in this window; an index left part-built (by a pause before a restart, or a closed window) resumes where
 * it stopped, without building its finished parts again.
 */
export async function indexIfNeeded(uuid: string): Promise<void> {
  if (running.has(uuid)) return;
  const summary = await zimIndexSummary(appDatabase(), uuid);
  if (running.has(uuid)) return;
  if (paused.has(uuid) || (summary !== undefined && summary.built.length === summary.parts))
    return set(uuid, stateOf(summary));
  await indexLibrary(uuid);
}

/**
 * Indexes a library in the ZIM worker, off the page, from its first missing part, showing progress; each part is
 * stored as it is built and search adds it through the library change stream, so the library is searchable part
 * by part. Search keeps working meanwhile on everything else.
 */
export async function indexLibrary(uuid: string): Promise<void> {
  if (running.has(uuid)) return;
  running.add(uuid);
  paused.delete(uuid);
  stopping.delete(uuid);
  try {
    await run(uuid);
  } finally {
    running.delete(uuid);
  }
}

async function run(uuid: string): Promise<void> {
  const summary = await zimIndexSummary(appDatabase(), uuid);
  const from = nextPart(summary);
  const startedAt = performance.now();
  let searchable = summary?.articles ?? 0;
  let first: number | undefined;
  const progress = (done: number, total: number): void => {
    first ??= done;
    set(uuid, { state: 'indexing', done, total, searchable, startedAt, now: performance.now(), from: first });
  };
  set(uuid, { state: 'indexing', done: 0, total: 0, searchable, startedAt, now: startedAt, from: 0 });
  try {
    const finished = await client().index(uuid, from, progress, async (part) => {
      await appLibrary().saveZimPart({ uuid, ...part, builtAt: Date.now() });
      searchable += part.articles;
    });
    if (!finished && stopping.get(uuid) !== 'cancel') paused.add(uuid);
    const summary = await zimIndexSummary(appDatabase(), uuid);
    // Read last, after every await of the run: a Cancel that came at any moment of it is honoured.
    if (stopping.get(uuid) === 'cancel') {
      stopping.delete(uuid);
      paused.delete(uuid);
      await appLibrary().dropZimIndex(uuid);
      return set(uuid, NONE);
    }
    stopping.delete(uuid);
    set(uuid, stateOf(summary));
  } catch (error) {
    stopping.delete(uuid);
    set(uuid, { state: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

/** Pauses a library's indexing: the parts built are kept, and searchable; Resume goes on from the next one. */
export function pauseIndexing(uuid: string): void {
  stopping.set(uuid, 'pause');
  client().cancelIndex(uuid);
}

/** Cancels a library's indexing: its parts are dropped, and it can be indexed again from the start. */
export async function cancelIndexing(uuid: string): Promise<void> {
  if (running.has(uuid)) {
    stopping.set(uuid, 'cancel');
    client().cancelIndex(uuid);
    return;
  }
  paused.delete(uuid);
  await appLibrary().dropZimIndex(uuid);
  set(uuid, NONE);
}

/** Replaces the ZIM worker's client, for tests of this module. */
export function replaceZimClient(replacement: () => ZimClient): void {
  client = replacement;
}
