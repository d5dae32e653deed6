import type { ArticleMeta } from '../../archive/core/articles/article';
import type { ZimLocation } from '../zim/zim-location';
import type { SearchResponse, SearchService } from '../../archive/core/search';
import type { TextRange } from '../../archive/core/articles/text-range';
import {
  errorMessage,
  type SearchIndexStatus,
  type SearchOptions,
  type SearchReply,
  type SearchRequest,
} from './protocol';

/** The part of a Worker the client uses; a real Worker fits it, and tests pass a fake. */
export interface WorkerLike {
  postMessage(request: SearchRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/** The search service answered by the worker, plus where its index is, for the UI to show. */
export interface SearchClient extends SearchService {
  /** The index's current status: loading, ready, or failed with a message. */
  status(): SearchIndexStatus;
  /** Calls `listener` whenever status() changes; returns a function that stops the calls. */
  subscribe(listener: () => void): () => void;
  /** Tells the worker the imported articles changed, so it rebuilds their part of the index and resends them. */
  importsChanged(): void;
  /** Hands the worker a Kiwix library's open file (a handle, not a copy), for its pages' snippets. */
  zimFile(uuid: string, file: ZimLocation): void;
  /** Stops the worker; calls still pending, and any later ones, reject. */
  close(): void;
}

interface Pending {
  kind: 'search' | 'matches';
  settle(reply: SearchReply): void;
  reject(error: Error): void;
}

/** Takes the library pages the worker sends while it loads (see SearchReply). */
export type LibraryListener = (articles: ArticleMeta[], done: boolean) => void;
/** Takes the imported articles the worker sends after opening and after each change. */
export type ImportedListener = (reply: Extract<SearchReply, { kind: 'imported' }>) => void;

/**
 * Implements SearchService by posting to a search worker, and opens it with the document's base URL; the
 * library pages the worker sends on the way go to `onLibrary`. A newer `search` call supersedes older ones
 * still pending: those promises are abandoned, never settling, because nobody wants their answer any more. A failure in the worker rejects with its message; a worker that
 * crashes or cannot start rejects everything pending and marks the index as failed, so nothing waits forever.
 */
export function connectSearchWorker(
  worker: WorkerLike,
  baseUrl: string,
  onLibrary: LibraryListener = () => {},
  onImported: ImportedListener = () => {},
): SearchClient {
  let status: SearchIndexStatus = { state: 'loading' };
  let fatal: string | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const listeners = new Set<() => void>();

  const setStatus = (next: SearchIndexStatus): void => {
    status = next;
    for (const listener of [...listeners]) listener();
  };

  const fail = (message: string): void => {
    if (fatal !== undefined) return;
    fatal = message;
    setStatus({ state: 'failed', message });
    const stranded = [...pending.values()];
    pending.clear();
    for (const entry of stranded) entry.reject(new Error(message));
  };

  worker.onmessage = (event) => {
    const reply = event.data as SearchReply;
    if (reply.kind === 'status') {
      if (fatal === undefined) setStatus(reply.status);
      return;
    }
    if (reply.kind === 'library') {
      if (fatal === undefined) onLibrary(reply.articles, reply.done);
      return;
    }
    if (reply.kind === 'imported') {
      if (fatal === undefined) onImported(reply);
      return;
    }
    const entry = pending.get(reply.id);
    // No entry: the call was superseded here already, or the worker was closed.
    if (entry === undefined) return;
    pending.delete(reply.id);
    entry.settle(reply);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail(`Search stopped working (${event.message || 'its worker could not start'}); reload the app.`);
  };
  // A reply that cannot be read belongs to some unknown call, so nothing pending can be trusted to settle.
  worker.onmessageerror = () => fail('Search sent a reply the page could not read; reload the app.');

  function call<T>(
    kind: Pending['kind'],
    request: SearchRequest & { id: number },
    pick: (reply: SearchReply) => T | undefined,
  ): Promise<T> {
    if (fatal !== undefined) return Promise.reject(new Error(fatal));
    return new Promise<T>((resolve, reject) => {
      const settle = (reply: SearchReply): void => {
        if (reply.kind === 'failed') return reject(new Error(reply.message));
        // Superseded: the caller has moved on to a newer search, so this promise is left unsettled.
        if (reply.kind === 'superseded') return;
        const value = pick(reply);
        if (value === undefined) reject(new Error(`Search answered a ${kind} request with "${reply.kind}".`));
        else resolve(value);
      };
      pending.set(request.id, { kind, settle, reject });
      try {
        worker.postMessage(request);
      } catch (error) {
        pending.delete(request.id);
        reject(new Error(errorMessage(error)));
      }
    });
  }

  try {
    worker.postMessage({ kind: 'open', baseUrl });
  } catch (error) {
    fail(errorMessage(error));
  }

  return {
    search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
      const id = nextId++;
      for (const [older, entry] of pending) if (entry.kind === 'search') pending.delete(older);
      return call('search', { kind: 'search', id, query, options }, (reply) =>
        reply.kind === 'search' ? reply.response : undefined,
      );
    },
    matchesIn(query: string, articleId: string): Promise<TextRange[]> {
      const id = nextId++;
      return call('matches', { kind: 'matches', id, query, articleId }, (reply) =>
        reply.kind === 'matches' ? reply.ranges : undefined,
      );
    },
    zimFile(uuid, file) {
      if (fatal !== undefined) return;
      try {
        worker.postMessage({ kind: 'zim-file', uuid, file });
      } catch (error) {
        fail(errorMessage(error));
      }
    },
    importsChanged() {
      if (fatal !== undefined) return;
      try {
        worker.postMessage({ kind: 'imports-changed' });
      } catch (error) {
        fail(errorMessage(error));
      }
    },
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      worker.terminate();
      fail('Search was closed.');
    },
  };
}

/** Starts the search worker (a separate bundle built by Vite) and connects to it. */
export function startSearchWorker(
  baseUrl: string,
  onLibrary?: LibraryListener,
  onImported?: ImportedListener,
): SearchClient {
  let worker: WorkerLike;
  try {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    // A worker refused outright (by policy or a missing feature) still gives a client that says why.
    const message = `Search could not start (${errorMessage(error)}); reload the app.`;
    worker = {
      postMessage: () => {
        throw new Error(message);
      },
      terminate: () => {},
      onmessage: null,
      onerror: null,
      onmessageerror: null,
    };
  }
  return connectSearchWorker(worker, baseUrl, onLibrary, onImported);
}
