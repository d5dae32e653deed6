import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { plainText } from '../../../archive/core/articles/article';
import { parseManifest } from '../../../archive/core/articles/data-files';
import { builtArticles } from '../../../archive/core/libraries/built-articles';
import { SegmentBuilder } from '../../../archive/core/search';
import { createSearchService, type SearchCounters, type SearchService } from '../../../archive/core/search';
import { SegmentReader } from '../../../archive/core/search';
import type { Article } from '../../../archive/core/articles/article';

/** The app's search over a built data folder plus optional extra segments, as the search worker sets it up. */
export interface AppEngine {
  service: SearchService;
  /** The built archive's segments, in order. */
  bundled: SegmentReader[];
}

/**
 * Opens the built data folder as the worker does (index files read whole, positions on the first phrase, bodies
 * from their packs with a cache), with extra in-memory segments after the bundled one, and counters the
 * service adds each search's scored documents to.
 */
export async function openAppEngine(
  dataDir: string,
  extra: readonly { reader: SegmentReader; positions: Uint8Array; bodies: Map<string, string> }[] = [],
  counters?: SearchCounters,
): Promise<AppEngine> {
  const manifest = parseManifest(JSON.parse(await readFile(join(dataDir, 'manifest.json'), 'utf8')));
  const bundled = await Promise.all(
    manifest.segments.map(async (paths) => new SegmentReader(await readFile(join(dataDir, paths.index)))),
  );
  const articles = builtArticles(async (path) => new Uint8Array(await readFile(join(dataDir, path))));
  const cache = new Map<string, string>();
  const service = createSearchService({
    segments: [...bundled, ...extra.map((e) => e.reader)],
    loadBody: async (id) => {
      let body = cache.get(id) ?? extra.find((e) => e.bodies.has(id))?.bodies.get(id);
      if (body === undefined) {
        body = plainText((await articles.article(id)).blocks);
        cache.set(id, body);
      }
      return body;
    },
    loadPositions: async (s) =>
      s < bundled.length
        ? readFile(join(dataDir, manifest.segments[s]!.positions))
        : extra[s - bundled.length]!.positions,
    ...(counters && { counters }),
  });
  return { service, bundled };
}

/** Builds a user segment from articles in memory, as importing them would. */
export function buildUserSegment(articles: readonly Article[]): {
  reader: SegmentReader;
  positions: Uint8Array;
  bodies: Map<string, string>;
  indexBytes: number;
} {
  const builder = new SegmentBuilder();
  for (const article of articles) builder.add(article);
  const files = builder.finish();
  return {
    reader: new SegmentReader(files.index),
    positions: files.positions,
    bodies: new Map(articles.map((a) => [a.id, plainText(a.blocks)])),
    indexBytes: files.index.length,
  };
}
