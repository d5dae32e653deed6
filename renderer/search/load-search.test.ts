import { describe, expect, it } from 'vitest';
import type { Article } from '../../archive/core/article';
import type { SearchResponse } from '../../archive/core/search';
import { buildSearchSegment } from '../../archive/core/search-index';
import { loadSearchService } from './load-search';

// These tests build data folders in today's JSON format; a new index format replaces them with load-search.ts.

function article(id: string, title: string, text: string): Article {
  return { id, title, source: 'Test', blocks: [{ kind: 'paragraph', text }] };
}

const articles = [
  article('home-cam', 'A security drone for the home', 'The Always Home Cam flies around the house.'),
  article(
    'kivu-report',
    'Kivu reviews DJI apps',
    'We read the report to see if new information came to light.',
  ),
];

const metas = articles.map(({ blocks: _blocks, ...meta }) => meta);

/** A data folder as a map from path to body; a missing path answers 404. */
function dataFolder(overrides: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify({ version: 1, articles: metas, segments: ['search/segment-0.json'] }),
    'search/segment-0.json': JSON.stringify(buildSearchSegment(articles)),
  };
  for (const a of articles) files[`articles/${a.id}.json`] = JSON.stringify(a);
  return { ...files, ...overrides };
}

function serve(files: Record<string, string>) {
  const requested: string[] = [];
  const fetchData = async (path: string): Promise<Response> => {
    requested.push(path);
    const body = files[path];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
  };
  return { fetchData, requested };
}

const ids = (response: SearchResponse): string[] =>
  response.status === 'ok' ? response.results.map((r) => r.meta.id) : [];

describe('loadSearchService', () => {
  it('loads the index from the data folder and fetches article bodies only for the results shown', async () => {
    const { fetchData, requested } = serve(dataFolder());
    const service = await loadSearchService(fetchData);
    expect(requested).toEqual(['manifest.json', 'search/segment-0.json']);
    const response = await service.search('security drone');
    expect(ids(response)).toEqual(['home-cam']);
    expect(requested).toEqual(['manifest.json', 'search/segment-0.json', 'articles/home-cam.json']);
    expect(await service.matchesIn('house', 'home-cam')).toHaveLength(1);
  });

  it('widens the last word to a prefix only while it is being typed: Cam matches "came" then, not after', async () => {
    const service = await loadSearchService(serve(dataFolder()).fetchData);
    expect(ids(await service.search('Cam', { typing: true })).sort()).toEqual(['home-cam', 'kivu-report']);
    expect(ids(await service.search('Cam', { typing: false }))).toEqual(['home-cam']);
    // Without `typing`, a trailing space still says the word is finished, as before.
    expect(ids(await service.search('Cam ')).sort()).toEqual(['home-cam']);
  });

  it('rejects naming the file and status when a file is missing', async () => {
    const files = dataFolder();
    delete files['search/segment-0.json'];
    await expect(loadSearchService(serve(files).fetchData)).rejects.toThrow(
      'Could not load search/segment-0.json (HTTP 404).',
    );
  });

  it('rejects with a message, not a stack, when the data cannot be fetched at all', async () => {
    const fetchData = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(loadSearchService(fetchData)).rejects.toThrow(
      'Could not load manifest.json: Failed to fetch',
    );
  });

  it.each([
    ['not JSON', '{"version": 1, "docs": ['],
    ['the wrong shape', JSON.stringify({ version: 1, docs: 'none', index: {} })],
    ['another version', JSON.stringify({ version: 2, docs: [], index: {} })],
  ])('rejects naming a segment that is %s', async (_what, body) => {
    const files = dataFolder({ 'search/segment-0.json': body });
    await expect(loadSearchService(serve(files).fetchData)).rejects.toThrow(
      /search\/segment-0\.json is damaged/,
    );
  });

  it('rejects while loading, not at the first search, when the index inside a segment is damaged', async () => {
    const segment = buildSearchSegment(articles) as { index: Record<string, unknown> };
    const broken = { ...segment, index: { ...segment.index, invertedIndex: 'garbage' } };
    const files = dataFolder({ 'search/segment-0.json': JSON.stringify(broken) });
    await expect(loadSearchService(serve(files).fetchData)).rejects.toThrow(/search index is damaged/);
  });

  it('rejects naming the manifest when it is damaged', async () => {
    const files = dataFolder({
      'manifest.json': JSON.stringify({ version: 1, articles: [], segments: ['../x'] }),
    });
    await expect(loadSearchService(serve(files).fetchData)).rejects.toThrow(/manifest\.json is damaged/);
  });
});
