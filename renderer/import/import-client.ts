import type { ImportItem, ImportReply, ImportRequest, ImportSource } from './protocol';

/** An import as the page shows it. */
export interface ImportState {
  status: 'running' | 'finished' | 'cancelled' | 'failed';
  /** Files finished, of `total`. */
  done: number;
  total: number;
  /** The file being read now. */
  current: string;
  items: ImportItem[];
  /** Why the import stopped, when it failed as a whole. */
  message?: string;
}

/** The part of a Worker the client uses; tests pass a fake. */
export interface ImportWorkerLike {
  postMessage(request: ImportRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A running import: cancel it, or wait for its end. */
export interface ImportRun {
  cancel(): void;
  finished: Promise<ImportState>;
}

/** Files handed to the worker per message, one message per task: cloning a File handle costs up to 0.8 ms. */
export const HANDOFF_BATCH = 20;
/** The page is told about progress at most this often: each update re-renders the import dialog. */
const UPDATE_INTERVAL_MS = 100;

/**
 * Runs an import in `worker`, calling `onUpdate` with the state at most every UPDATE_INTERVAL_MS and once at
 * the end; the worker is stopped when the import ends.
 */
export function runImportIn(
  worker: ImportWorkerLike,
  sources: ImportSource[],
  onUpdate: (state: ImportState) => void,
): ImportRun {
  let state: ImportState = { status: 'running', done: 0, total: sources.length, current: '', items: [] };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle!: (state: ImportState) => void;
  const finished = new Promise<ImportState>((resolve) => (settle = resolve));
  const flush = (): void => {
    timer = undefined;
    onUpdate(state);
  };
  const end = (next: Partial<ImportState>): void => {
    if (state.status !== 'running') return;
    state = { ...state, ...next, done: state.items.length, current: '' };
    if (timer !== undefined) clearTimeout(timer);
    worker.terminate();
    flush();
    settle(state);
  };
  worker.onmessage = ({ data }) => {
    if (state.status !== 'running') return;
    if (data.kind === 'progress') state = { ...state, done: data.done, current: data.current };
    else if (data.kind === 'item')
      state = { ...state, items: [...state.items, data.item], done: state.items.length + 1 };
    else if (data.kind === 'finished') return end({ status: data.cancelled ? 'cancelled' : 'finished' });
    else if (data.kind === 'failed') return end({ status: 'failed', message: data.message });
    timer ??= setTimeout(flush, UPDATE_INTERVAL_MS);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    end({
      status: 'failed',
      message: `The import stopped (${event.message || 'its worker could not start'}).`,
    });
  };
  const handOff = (from: number): void => {
    if (state.status !== 'running' || from >= sources.length) return;
    try {
      worker.postMessage({ kind: 'files', sources: sources.slice(from, from + HANDOFF_BATCH) });
      setTimeout(() => handOff(from + HANDOFF_BATCH));
    } catch (error) {
      end({ status: 'failed', message: `The files could not be handed to the import (${String(error)}).` });
    }
  };
  try {
    worker.postMessage({ kind: 'import', total: sources.length });
    handOff(0);
  } catch (error) {
    end({ status: 'failed', message: `The files could not be handed to the import (${String(error)}).` });
  }
  onUpdate(state);
  return { cancel: () => worker.postMessage({ kind: 'cancel' }), finished };
}

/** Starts an import in its own worker (a separate bundle, loaded only when the user imports). */
export function startImport(sources: ImportSource[], onUpdate: (state: ImportState) => void): ImportRun {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  return runImportIn(worker as unknown as ImportWorkerLike, sources, onUpdate);
}

/** How many files ended each way, for the summary. */
export function countItems(items: readonly ImportItem[]): Record<ImportItem['status'], number> {
  const counts = { imported: 0, updated: 0, skipped: 0, refused: 0 };
  for (const item of items) counts[item.status]++;
  return counts;
}
