import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { plainText, type Article } from './article';
import { createSearchService, type SearchResponse, type SearchResult } from './search';
import { buildSearchSegment } from './search-index';

function article(id: string, title: string, ...paragraphs: string[]): Article {
  return { id, title, source: 'Test', blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })) };
}

const bundled = [
  article(
    'heliguy-audit',
    'No evidence of drone data going to DJI',
    'The audit found no evidence of data transmission to unexpected parties.',
    'Some issues were remedied by implementing the more robust AES-256 encryption on enterprise products.',
  ),
  article(
    'interior-grounds-fleet',
    'Interior Department grounds drone fleet',
    'The Department of the Interior grounded its DJI drones amid a security review.',
  ),
  article(
    'kivu-report',
    'Kivu Consulting reviews DJI apps',
    'Kivu found no unexpected data flows from DJI drones.',
  ),
  article('gardening', 'Growing tomatoes', 'Water the plants every morning; 256 seeds fill a tray.'),
];
const imported = [article('my-notes', 'My drone notes', 'Interior and exterior shots with my drone.')];

/** Sends segments through JSON, as the app receives them. */
function shipped(articles: Article[]) {
  return JSON.parse(JSON.stringify(buildSearchSegment(articles))) as ReturnType<typeof buildSearchSegment>;
}

function service(segments = [shipped(bundled)]) {
  const all = [...bundled, ...imported];
  const loadBody = vi.fn(async (id: string) => plainText(all.find((a) => a.id === id)?.blocks ?? []));
  return { search: createSearchService({ segments, loadBody }), loadBody };
}

function ok(response: SearchResponse): Extract<SearchResponse, { status: 'ok' }> {
  if (response.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(response)}`);
  return response;
}

const ids = (response: SearchResponse) => ok(response).results.map((r) => r.meta.id);
const bodyWords = (result: SearchResult | undefined, body: string) =>
  (result?.bodyMatches ?? []).map((m) => body.slice(m.start, m.end));

describe('createSearchService', () => {
  it('finds the heliguy article first for AES-256 and highlights it in the snippet', async () => {
    const response = ok(await service().search.search('AES-256'));
    expect(response.results[0]?.meta.id).toBe('heliguy-audit');
    const snippet = response.results[0]!.snippet;
    expect(snippet.highlights.map((h) => snippet.text.slice(h.start, h.end))).toEqual(['AES', '256']);
  });

  it('ranks a title match above a body-only match', async () => {
    const drone = ids(await service().search.search('drone '));
    expect(drone.slice(0, 2).sort()).toEqual(['heliguy-audit', 'interior-grounds-fleet']);
    expect(drone.at(-1)).toBe('kivu-report');
  });

  it('reports title highlights as offsets into the title', async () => {
    const [result] = ok(await service().search.search('title:fleet')).results;
    expect(result?.titleHighlights.map((h) => result.meta.title.slice(h.start, h.end))).toEqual(['fleet']);
  });

  it('returns every body match, sorted, as offsets into the plain text', async () => {
    const [result] = ok(await service().search.search('unexpected kivu')).results;
    const body = plainText(bundled[2]!.blocks);
    expect(result?.meta.id).toBe('kivu-report');
    expect(bodyWords(result, body)).toEqual(['Kivu', 'unexpected']);
  });

  it('supports required and prohibited words, wildcards and fuzzy words', async () => {
    const { search } = service();
    expect(ids(await search.search('+dji -kivu')).sort()).toEqual([
      'heliguy-audit',
      'interior-grounds-fleet',
    ]);
    expect(ids(await search.search('secur*'))).toEqual(['interior-grounds-fleet']);
    expect(ids(await search.search('encrypton~1'))).toEqual(['heliguy-audit']);
  });

  it('finds a word from its first letters while it is being typed', async () => {
    expect(ids(await service().search.search('tomat'))).toEqual(['gardening']);
    expect(ids(await service().search.search('tomat '))).toEqual([]);
  });

  it('answers empty input with status empty and bad syntax with a message, never a rejection', async () => {
    const { search } = service();
    expect(await search.search('   ')).toEqual({ status: 'empty' });
    expect(await search.search(' title: ')).toEqual({
      status: 'invalid',
      query: 'title:',
      message: 'Add a word after the field, as in title:drone.',
    });
  });

  it('loads bodies only for the results returned, once each', async () => {
    const { search, loadBody } = service();
    const first = ok(await search.search('dji', { limit: 2 }));
    expect(first.total).toBe(3);
    expect(first.results).toHaveLength(2);
    expect(loadBody).toHaveBeenCalledTimes(2);
    await search.search('dji', { limit: 2 });
    expect(loadBody).toHaveBeenCalledTimes(2);
    expect(ok(await search.search('dji', { limit: 0 })).results).toEqual([]);
  });

  it('loads a body again after a failed load instead of caching the failure', async () => {
    const loadBody = vi
      .fn()
      .mockRejectedValueOnce(new Error('disk'))
      .mockResolvedValue('Growing tomatoes body');
    const search = createSearchService({ segments: [shipped(bundled)], loadBody });
    await expect(search.search('tomatoes')).rejects.toThrow('disk');
    expect(ok(await search.search('tomatoes')).results[0]?.snippet.text).toBe('Growing tomatoes body');
  });

  it('merges segments by score and keeps the best hit of an article found twice', async () => {
    const { search } = service([shipped(bundled), shipped(imported)]);
    const response = ok(await search.search('interior'));
    expect(response.results.map((r) => r.meta.id)).toEqual(['interior-grounds-fleet', 'my-notes']);
    expect(response.results[0]!.score).toBeGreaterThan(response.results[1]!.score);

    const twice = service([shipped(bundled), shipped([bundled[3]!, ...imported])]).search;
    const tomatoes = ok(await twice.search('tomatoes'));
    expect(tomatoes.results.map((r) => r.meta.id)).toEqual(['gardening']);
    expect(tomatoes.total).toBe(1);
  });

  it('lists every match of a query in one article for highlighting it when it opens', async () => {
    const { search } = service([shipped(bundled), shipped(imported)]);
    const notes = plainText(imported[0]!.blocks);
    const matches = await search.matchesIn('drone', 'my-notes');
    expect(matches.map((m) => notes.slice(m.start, m.end))).toEqual(['drone']);
    expect(await search.matchesIn('drone', 'no-such-article')).toEqual([]);
    expect(await search.matchesIn('tomatoes', 'my-notes')).toEqual([]);
    expect(await search.matchesIn('title:', 'my-notes')).toEqual([]);
  });
});

const syntax = fc.constantFrom(
  ...'+-:~^*\\ '.split(''),
  'title:',
  'body:',
  'drone',
  'dji',
  '~1',
  '^2',
  'se*',
);
const queries = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.array(fc.oneof(syntax, fc.string({ maxLength: 3 })), { maxLength: 20 }).map((parts) => parts.join('')),
);

describe('search properties', () => {
  it('never rejects for any query and always answers with one of the three statuses', async () => {
    const { search } = service([shipped(bundled), shipped(imported)]);
    await fc.assert(
      fc.asyncProperty(queries, async (query) => {
        const response = await search.search(query);
        expect(['empty', 'ok', 'invalid']).toContain(response.status);
        if (response.status === 'ok') {
          expect(response.results.length).toBeLessThanOrEqual(response.total);
          for (const [i, result] of response.results.entries()) {
            expect(result.score).toBeLessThanOrEqual(response.results[i - 1]?.score ?? Infinity);
          }
        }
        await search.matchesIn(query, 'heliguy-audit');
      }),
      { numRuns: 300 },
    );
  });
});
