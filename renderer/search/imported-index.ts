import { plainText, type Article } from '../../archive/core/articles/article';
import { buildSegment } from '../../archive/core/search';
import { SegmentReader } from '../../archive/core/search';
import { createSearchService, type SearchService } from '../../archive/core/search';
import type { BundledIndex } from './load-search';

/** A segment built elsewhere (a Kiwix library's, stored in the profile) and how to read its pages' text. */
export interface ExtraSegment {
  reader: SegmentReader;
  positions: Uint8Array;
}

/**
 * The search over the bundled archive plus the user's imported articles, as one more segment built in memory,
 * plus the segments of Kiwix libraries built in the background: the bundled index is never rebuilt, and scores
 * use the statistics of all the segments of one language, so the ranking is exactly that of one Lunr index over
 * all the articles of that language.
 * `loadOtherBody` reads the text of an article that is in neither (a Kiwix page), for its snippet.
 */
export function searchWithImported(
  bundled: BundledIndex,
  imported: readonly Article[],
  extra: readonly ExtraSegment[] = [],
  loadOtherBody: (id: string) => Promise<string> = bundled.loadBody,
): SearchService {
  if (imported.length === 0 && extra.length === 0) return createSearchService(bundled);
  const files = imported.length > 0 ? buildSegment(imported) : undefined;
  const own = files
    ? [{ reader: new SegmentReader(files.index, 'imported articles'), positions: files.positions }]
    : [];
  const added = [...own, ...extra];
  const bodies = new Map(imported.map((article) => [article.id, plainText(article.blocks)]));
  const count = bundled.segments.length;
  return createSearchService({
    segments: [...bundled.segments, ...added.map((s) => s.reader)],
    loadBody: (id) => {
      const body = bodies.get(id);
      if (body !== undefined) return Promise.resolve(body);
      return id.startsWith('zim:') ? loadOtherBody(id) : bundled.loadBody(id);
    },
    loadPositions: (segment) =>
      segment < count ? bundled.loadPositions(segment) : Promise.resolve(added[segment - count]!.positions),
  });
}
