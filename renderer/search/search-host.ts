import type { SearchService } from '../../archive/core/search';
import type { LibraryPage } from './library-feed';
import { errorMessage, type SearchReply, type SearchRequest } from './protocol';

/** What the worker-side handler needs: a way to load the index, and a way to reply to the page. */
export interface SearchHostDeps {
  /**
   * Loads the search index, resolving `data/...` against the document's base URL from the `open` request, and
   * hands over the manifest's articles as soon as it has them, before the index.
   */
  load(baseUrl: string, onLibraryPage: (page: LibraryPage) => void): Promise<SearchService>;
  post(reply: SearchReply): void;
  /** Rebuilds the search with the imported articles as stored now; the old search answers until it is ready. */
  reloadImported?(): Promise<SearchService>;
  /** Lets messages already queued run first, so a newer search can supersede this one before any work. */
  yieldToEvents?: () => Promise<void>;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * The search worker's message handler, apart from the worker global so it can be tested: it loads the index
 * on `open`, sending the page the library in pages on the way, and answers every `search` and `matches` request exactly once. Only the newest search is worked
 * on; an older one gets `superseded` before its work starts (or instead of its answer, if it was already
 * running), so keystrokes queued behind a slow load or query cost nothing.
 */
export function createSearchHost(deps: SearchHostDeps): (request: SearchRequest) => void {
  const yieldToEvents = deps.yieldToEvents ?? nextTask;
  let service: Promise<SearchService> | undefined;
  let newestSearch = -Infinity;

  const ready = (): Promise<SearchService> =>
    service ?? Promise.reject(new Error('The search worker was asked to search before it was opened.'));

  function open(baseUrl: string): void {
    if (service) return;
    const sendLibrary = (page: LibraryPage): void => deps.post({ kind: 'library', ...page });
    // A synchronous throw in load becomes a rejection too, so it reaches the page like any load failure.
    service = Promise.resolve().then(() => deps.load(baseUrl, sendLibrary));
    service.then(
      () => deps.post({ kind: 'status', status: { state: 'ready' } }),
      (error: unknown) =>
        deps.post({ kind: 'status', status: { state: 'failed', message: errorMessage(error) } }),
    );
  }

  async function search(request: Extract<SearchRequest, { kind: 'search' }>): Promise<void> {
    const { id } = request;
    const stale = (): boolean => id !== newestSearch;
    try {
      await yieldToEvents();
      if (stale()) return deps.post({ kind: 'superseded', id });
      const loaded = await ready();
      if (stale()) return deps.post({ kind: 'superseded', id });
      const response = await loaded.search(request.query, request.options);
      deps.post(stale() ? { kind: 'superseded', id } : { kind: 'search', id, response });
    } catch (error) {
      deps.post(stale() ? { kind: 'superseded', id } : { kind: 'failed', id, message: errorMessage(error) });
    }
  }

  async function matches(request: Extract<SearchRequest, { kind: 'matches' }>): Promise<void> {
    const { id } = request;
    try {
      const ranges = await (await ready()).matchesIn(request.query, request.articleId);
      deps.post({ kind: 'matches', id, ranges });
    } catch (error) {
      deps.post({ kind: 'failed', id, message: errorMessage(error) });
    }
  }

  function importsChanged(): void {
    const reload = deps.reloadImported;
    if (!service || !reload) return;
    // Searches keep the search they started with; a failed rebuild keeps the previous search rather than none.
    service = service.then(async (previous) => {
      try {
        return await reload();
      } catch {
        return previous;
      }
    });
  }

  return (request) => {
    switch (request.kind) {
      case 'imports-changed':
        return importsChanged();
      case 'zim-file':
        return; // Taken by the worker's own handler (search-worker.ts) before it reaches here.
      case 'open':
        return open(request.baseUrl);
      case 'search':
        newestSearch = Math.max(newestSearch, request.id);
        return void search(request);
      case 'matches':
        return void matches(request);
    }
  };
}
