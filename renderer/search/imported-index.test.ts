import { describe, expect, it } from 'vitest';
import { plainText, type Article } from '../../archive/core/articles/article';
import { buildSegment } from '../../archive/core/search';
import { SegmentReader } from '../../archive/core/search';
import { createSearchService, type SearchResponse } from '../../archive/core/search';
import { searchWithImported } from './imported-index';
import type { BundledIndex } from './load-search';

const words = 'drone data audit flight app phone server china ban report pilot map firmware'.split(' ');
function article(id: string, seed: number): Article {
  const text = Array.from(
    { length: 30 },
    (_, i) => words[(seed * 7 + i * ((seed % 5) + 1)) % words.length],
  ).join(' ');
  return {
    id,
    title: `${words[seed % words.length]} ${id}`,
    source: 'Test',
    blocks: [{ kind: 'paragraph', text }],
  };
}

function indexOf(articles: Article[]): BundledIndex {
  const files = buildSegment(articles);
  const bodies = new Map(articles.map((a) => [a.id, plainText(a.blocks)]));
  return {
    segments: [new SegmentReader(files.index)],
    loadBody: async (id) => bodies.get(id) ?? '',
    loadPositions: async () => files.positions,
  };
}

const ranked = (response: SearchResponse) =>
  response.status === 'ok' ? response.results.map((r) => [r.meta.id, r.score.toFixed(6)]) : response;

describe('searchWithImported', () => {
  const bundled = Array.from({ length: 40 }, (_, i) => article(`b${i}`, i));
  const imported = Array.from({ length: 15 }, (_, i) => article(`imported-${i}`, i + 100));

  it('ranks bundled and imported articles exactly as one index over all of them', async () => {
    const together = createSearchService(indexOf([...bundled, ...imported]));
    const split = searchWithImported(indexOf(bundled), imported);
    for (const query of ['drone', 'data audit', 'pil*', 'fligt~1', '"flight app"', 'title:china -ban']) {
      expect(ranked(await split.search(query, { limit: 60 }))).toEqual(
        ranked(await together.search(query, { limit: 60 })),
      );
    }
  });

  it('finds imported articles and gives their snippets from memory', async () => {
    const split = searchWithImported(indexOf(bundled), [
      {
        id: 'imported-x',
        title: 'Zeppelin log',
        source: 'Imported',
        blocks: [{ kind: 'paragraph', text: 'A zeppelin flew.' }],
      },
    ]);
    const response = await split.search('zeppelin');
    expect(response.status === 'ok' && response.results.map((r) => r.meta.id)).toEqual(['imported-x']);
  });
});
