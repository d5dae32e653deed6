import type { ZimSummary } from '../../archive/core/zim/zim-metadata';
import type { Article } from '../../archive/core/articles/article';
import type { ZimLocation } from './zim-location';
import type { ZimIndexPart } from '../../archive/core/libraries/zim-index';

/** What the library shows of an opened ZIM file. */
export type ZimInfo = ZimSummary;

/** One row of the A-Z list: an article's title and path. */
export interface ZimTitle {
  title: string;
  path: string;
}

/**
 * A built part of a library's index as the worker hands it over: its files as Blobs, made on the worker's
 * thread, so neither passing them nor storing them copies megabytes on the page's (93 ms a part at 5,000 pages).
 */
export type ZimPartFiles = Omit<ZimIndexPart, 'index' | 'positions'> & { index: Blob; positions: Blob };

/** A request from the page to the ZIM worker; each carries an id its reply repeats. */
export type ZimRequest =
  | { id: number; kind: 'open'; file: ZimLocation; name: string }
  | { id: number; kind: 'titles'; uuid: string; start: number; count: number }
  | { id: number; kind: 'seek'; uuid: string; prefix: string }
  | { id: number; kind: 'article'; uuid: string; path: string; articleId: string }
  | { id: number; kind: 'image'; uuid: string; address: string }
  | { id: number; kind: 'index'; uuid: string; fromPart: number }
  | { id: number; kind: 'cancel-index'; uuid: string };

/** The worker's reply to one request: its answer, or why there is none. */
export type ZimReply =
  | { id: number; kind: 'opened'; info: ZimInfo }
  | { id: number; kind: 'titles'; titles: ZimTitle[] }
  | { id: number; kind: 'seek'; position: number }
  | { id: number; kind: 'article'; article: Article }
  | { id: number; kind: 'image'; mimeType: string; bytes: Uint8Array }
  | { id: number; kind: 'index-progress'; done: number; total: number }
  | { id: number; kind: 'index-part'; part: ZimPartFiles }
  /** The end of an indexing run: every part built (finished), or stopped by a pause before the end. */
  | { id: number; kind: 'indexed'; finished: boolean }
  | { id: number; kind: 'failed'; message: string };
