import { plainText, type Article } from '../../archive/core/articles/article';
import { buildSegment } from '../../archive/core/search';
import { SegmentReader } from '../../archive/core/search';
import { createSearchService, type SearchService } from '../../archive/core/search';
import type { BundledIndex } from './load-search';

/**
 * The search over the bundled archive plus the user's imported articles, as one more segment built in memory:
 * the bundled index is never rebuilt, and scores use the statistics of both, so the ranking is exactly that of
 * one Lunr index over all the articles.
 */
export function searchWithImported(bundled: BundledIndex, imported: readonly Article[]): SearchService {
  if (imported.length === 0) return createSearchService(bundled);
  const files = buildSegment(imported);
  const reader = new SegmentReader(files.index, 'imported articles');
  const bodies = new Map(imported.map((article) => [article.id, plainText(article.blocks)]));
  const count = bundled.segments.length;
  return createSearchService({
    segments: [...bundled.segments, reader],
    loadBody: (id) => {
      const body = bodies.get(id);
      return body === undefined ? bundled.loadBody(id) : Promise.resolve(body);
    },
    loadPositions: (segment) =>
      segment < count ? bundled.loadPositions(segment) : Promise.resolve(files.positions),
  });
}
