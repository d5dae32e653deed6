import type { ArticleMeta } from '../../archive/core/articles/article';
import type { ZimLocation } from '../zim/zim-location';
import type { SearchResponse, SearchService } from '../../archive/core/search';
import type { TextRange } from '../../archive/core/articles/text-range';

/** The options of one search, passed to the worker unchanged (they must survive structured cloning). */
export type SearchOptions = NonNullable<Parameters<SearchService['search']>[1]>;

/** Where the worker's index is: still loading, ready to answer, or failed with a message for the user. */
export type SearchIndexStatus =
  { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: string };

/**
 * A message from the page to the search worker. `open` comes first and only once: it carries the document's
 * base URL, because the worker's own location (its script under assets/) is not where the data folder is.
 */
export type SearchRequest =
  | { kind: 'open'; baseUrl: string }
  | { kind: 'search'; id: number; query: string; options: SearchOptions }
  | { kind: 'matches'; id: number; query: string; articleId: string }
  | { kind: 'imports-changed' }
  | { kind: 'zim-file'; uuid: string; file: ZimLocation };

/**
 * A message from the search worker to the page. Every `search` and `matches` request gets exactly one reply
 * with its id: its answer, `superseded` (a newer search arrived first, so no work was done or it was thrown
 * away) or `failed`. `status` reports the index loading, unprompted. `library` pages carry the manifest's
 * articles in title order, sent before the index is loaded; the last has `done`. A `failed` status before the
 * last page means the library will not come either.
 */
export type SearchReply =
  | { kind: 'search'; id: number; response: SearchResponse }
  | { kind: 'matches'; id: number; ranges: TextRange[] }
  | { kind: 'superseded'; id: number }
  | { kind: 'failed'; id: number; message: string }
  | { kind: 'status'; status: SearchIndexStatus }
  | { kind: 'library'; articles: ArticleMeta[]; done: boolean }
  | { kind: 'imported'; articles: ArticleMeta[]; unreadable: number; failure?: string };

/** A readable sentence for anything thrown, including non-Error values that crossed a worker boundary. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Search stopped with an unknown error.';
}
