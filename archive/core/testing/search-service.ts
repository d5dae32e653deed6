import { plainText, type Article } from '../articles/article';
import {
  buildSegment,
  createSearchService,
  SegmentReader,
  type SearchLanguage,
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

/**
 * A search service over several libraries, each one segment analysed in its own language (as a Kiwix library is
 * in the language its file names), searched together, for tests.
 */
export function searchServiceOverLibraries(
  libraries: readonly { articles: readonly Article[]; language: SearchLanguage }[],
): SearchService {
  const files = libraries.map((l) => buildSegment([...l.articles], l.language));
  const all = libraries.flatMap((l) => l.articles);
  return createSearchService({
    segments: files.map((f) => new SegmentReader(f.index)),
    loadBody: async (id) => plainText(all.find((a) => a.id === id)!.blocks),
    loadPositions: async (segment) => files[segment]!.positions,
  });
}

/** The answer of a search that ran, or a thrown error naming what came back instead. */
export function ranSearch(response: SearchResponse): Extract<SearchResponse, { status: 'ok' }> {
  if (response.status !== 'ok') throw new Error(`search did not run: ${JSON.stringify(response)}`);
  return response;
}
