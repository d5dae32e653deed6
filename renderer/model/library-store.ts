import type { ArticleMeta } from '../../archive/core/articles/article';
import { sortedSources } from './library-order';

/** The library as received so far: articles in title order, whether all have come, and why not if they can't. */
export interface LibrarySnapshot {
  /** The bundled articles received so far, then the imported ones. */
  readonly articles: readonly ArticleMeta[];
  /** Ids of the imported articles among them, for the library to mark. */
  readonly imported: ReadonlySet<string>;
  /** Why imported articles are missing or incomplete (storage unreadable, records set aside); else undefined. */
  readonly importNotice: string | undefined;
  /** The distinct sources of those articles, in alphabetical order. */
  readonly sources: readonly string[];
  readonly complete: boolean;
  /** Why the rest of the library will not come; undefined while it is coming or once it is complete. */
  readonly failure: string | undefined;
}

/** The library as the app reads it: a snapshot for rendering, and promises for what needs all of it. */
export interface Library {
  /** The current snapshot; a new object whenever something changed, so it suits useSyncExternalStore. */
  snapshot(): LibrarySnapshot;
  /** Calls `listener` after each change; returns a function that stops the calls. */
  subscribe(listener: () => void): () => void;
  /** Resolves once the first page (or the whole, empty, library) has come; rejects if it never will. */
  started(): Promise<void>;
  /** Resolves with every bundled article once all have come; rejects if they never will. */
  complete(): Promise<readonly ArticleMeta[]>;
}

/** A library filled page by page as the search worker sends it. */
export interface LibraryStore extends Library {
  /** Appends a page of articles; `done` marks the last one. Pages after the last are ignored. */
  add(articles: readonly ArticleMeta[], done: boolean): void;
  /** Records that no more pages will come; ignored once the library is complete. */
  fail(message: string): void;
  /** Replaces the imported articles (sent after the bundled ones and after every import). */
  setImported(articles: readonly ArticleMeta[], notice?: string): void;
}

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: Error): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Nobody may ever wait for one of these; a failure is also shown through the snapshot.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** While pages keep coming, the shortest time between two snapshots: each one costs the page a re-render. */
export const PUBLISH_INTERVAL_MS = 500;

/**
 * An empty library that takes pages as they come. The first page is shown at once and the last completes it;
 * pages in between are gathered and shown at most every PUBLISH_INTERVAL_MS, since each snapshot re-renders
 * the library (sorting and measuring every row) on the page's main thread. `now` is the clock for that.
 */
export function createLibraryStore(now: () => number = () => performance.now()): LibraryStore {
  let snapshot: LibrarySnapshot = {
    articles: [],
    imported: new Set(),
    importNotice: undefined,
    sources: [],
    complete: false,
    failure: undefined,
  };
  let imported: readonly ArticleMeta[] = [];
  let importedIds: ReadonlySet<string> = new Set();
  let importNotice: string | undefined;
  let publishedAt = -Infinity;
  const received: ArticleMeta[] = [];
  // Gathered page by page, in the message tasks, so no render has to look at every article for them.
  const sources = new Set<string>();
  const listeners = new Set<() => void>();
  const started = deferred<void>();
  const completed = deferred<readonly ArticleMeta[]>();

  const publish = (complete: boolean, failure?: string): void => {
    const all = imported.length === 0 ? received.slice() : [...received, ...imported];
    const allSources =
      imported.length === 0 ? sources : new Set([...sources, ...imported.map((a) => a.source)]);
    snapshot = {
      articles: all,
      imported: importedIds,
      importNotice,
      sources: sortedSources(allSources),
      complete,
      failure,
    };
    publishedAt = now();
    for (const listener of [...listeners]) listener();
  };
  const over = (): boolean => snapshot.complete || snapshot.failure !== undefined;

  return {
    snapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    started: () => started.promise,
    complete: () => completed.promise,
    add(articles, done) {
      if (over()) return;
      for (const article of articles) {
        received.push(article);
        sources.add(article.source);
      }
      const first = snapshot.articles.length === 0;
      if (!done && !first && now() - publishedAt < PUBLISH_INTERVAL_MS) return;
      publish(done);
      started.resolve();
      if (done) completed.resolve(received.slice());
    },
    setImported(articles, notice) {
      imported = articles.slice();
      importedIds = new Set(articles.map((a) => a.id));
      importNotice = notice;
      publish(snapshot.complete, snapshot.failure);
    },
    fail(message) {
      if (over()) return;
      // Pages gathered but not yet shown are shown: they are as good as the ones before them.
      publish(false, message);
      started.reject(new Error(message));
      completed.reject(new Error(message));
    },
  };
}
