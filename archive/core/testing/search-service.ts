import { plainText, type Article } from '../articles/article';
import {
  buildSegment,
  createSearchService,
  SegmentReader,
  type SearchResponse,
  type SearchService,
} from '../search';

/** A search service over `articles` in one segment, bodies and positions read from memory, for tests. */
export function searchServiceOver(articles: readonly Article[]): SearchService {
  const files = buildSegment([...articles]);
  return createSearchService({
    segments: [new SegmentReader(files.index)],
    loadBody: async (id) => plainText(articles.find((a) => a.id === id)!.blocks),
    loadPositions: async () => files.positions,
  });
}

/** The answer of a search that ran, or a thrown error naming what came back instead. */
export function ranSearch(response: SearchResponse): Extract<SearchResponse, { status: 'ok' }> {
  if (response.status !== 'ok') throw new Error(`search did not run: ${JSON.stringify(response)}`);
  return response;
}
