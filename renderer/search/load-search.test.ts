import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../archive/core/articles/article';
import type { SearchResponse } from '../../archive/core/search';
import { buildSegment } from '../../archive/core/search';
import { packedFiles } from '../../archive/core/testing/article-packs';
import { LIBRARY_PAGE_SIZE } from './library-feed';
import { loadSearchService } from './load-search';

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

/** What reading home-cam's body fetches: the list of packs, then its pack (one article per pack here). */
const HOME_CAM_BODY = ['articles/packs.json', 'articles/pack-0-0.bin'];

const SEGMENT = { index: 'search/segment-0.bin', positions: 'search/segment-0.pos.bin' };

/** A data folder as a map from path to body; a missing path answers 404. */
function dataFolder(
  overrides: Record<string, string | Uint8Array> = {},
): Record<string, string | Uint8Array> {
  const built = buildSegment(articles);
  const files: Record<string, string | Uint8Array> = {
    'manifest.json': JSON.stringify({ version: 2, articles: metas, segments: [SEGMENT] }),
    [SEGMENT.index]: built.index,
    [SEGMENT.positions]: built.positions,
  };
  return { ...files, ...packedFiles(articles, 1), ...overrides };
}

function serve(files: Record<string, string | Uint8Array>) {
  const requested: string[] = [];
  const fetchData = async (path: string): Promise<Response> => {
    requested.push(path);
    const body = files[path];
    return body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(typeof body === 'string' ? body : new Blob([body.slice()]));
  };
  return { fetchData, requested };
}

const ids = (response: SearchResponse): string[] =>
  response.status === 'ok' ? response.results.map((r) => r.meta.id) : [];

describe('loadSearchService', () => {
  it('loads the index from the data folder and fetches article bodies only for the results shown', async () => {
    const { fetchData, requested } = serve(dataFolder());
    const service = await loadSearchService(fetchData);
    expect(requested).toEqual(['manifest.json', SEGMENT.index]);
    const response = await service.search('security drone');
    expect(ids(response)).toEqual(['home-cam']);
    expect(requested).toEqual(['manifest.json', SEGMENT.index, ...HOME_CAM_BODY]);
    expect(await service.matchesIn('house', 'home-cam')).toHaveLength(1);
  });

  it('fetches the positions file on the first phrase query only, and bodies once each', async () => {
    const { fetchData, requested } = serve(dataFolder());
    const service = await loadSearchService(fetchData);
    expect(ids(await service.search('"security drone"'))).toEqual(['home-cam']);
    expect(ids(await service.search('"drone security"'))).toEqual([]);
    expect(requested).toEqual(['manifest.json', SEGMENT.index, SEGMENT.positions, ...HOME_CAM_BODY]);
  });

  it('widens the last word to a prefix only while it is being typed: Cam matches "came" then, not after', async () => {
    const service = await loadSearchService(serve(dataFolder()).fetchData);
    expect(ids(await service.search('Cam', { typing: true })).sort()).toEqual(['home-cam', 'kivu-report']);
    expect(ids(await service.search('Cam', { typing: false }))).toEqual(['home-cam']);
  });

  it('rejects naming the file and status when a file is missing', async () => {
    const files = dataFolder();
    delete files[SEGMENT.index];
    await expect(loadSearchService(serve(files).fetchData)).rejects.toThrow(
      'Could not load search/segment-0.bin (HTTP 404).',
    );
  });

  it('rejects with a message, not a stack, when the data cannot be fetched at all', async () => {
    const fetchData = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(loadSearchService(fetchData)).rejects.toThrow(
      'Could not load manifest.json: Failed to fetch',
    );
  });

  it.each([
    ['not a segment', new TextEncoder().encode('{"version": 1, "docs": [')],
    ['cut short', buildSegment(articles).index.slice(0, 100)],
    ['from another version', Uint8Array.from(buildSegment(articles).index, (b, i) => (i === 4 ? 7 : b))],
  ])('rejects while loading, naming a segment that is %s', async (_what, body) => {
    const files = dataFolder({ [SEGMENT.index]: body });
    await expect(loadSearchService(serve(files).fetchData)).rejects.toThrow(
      /search\/segment-0\.bin is damaged/,
    );
  });

  it('answers a phrase query with a message naming the file when the positions file is damaged', async () => {
    const files = dataFolder({ [SEGMENT.positions]: new TextEncoder().encode('garbage') });
    const service = await loadSearchService(serve(files).fetchData);
    await expect(service.search('"security drone"')).rejects.toThrow(
      /positions file of search\/segment-0\.bin is empty or cut short/,
    );
    expect(ids(await service.search('security drone'))).toEqual(['home-cam']);
  });

  it('hands over the library in checked pages before it fetches the index', async () => {
    const { fetchData, requested } = serve(dataFolder());
    const pages: { articles: unknown[]; done: boolean; fetched: string[] }[] = [];
    await loadSearchService(fetchData, (page) => pages.push({ ...page, fetched: [...requested] }));
    expect(pages).toEqual([{ articles: metas, done: true, fetched: ['manifest.json'] }]);
  });

  it('sends the first page of a long library while the rest of the manifest is still downloading', async () => {
    const many = Array.from({ length: LIBRARY_PAGE_SIZE + 1 }, (_, i) => ({
      id: `a-${i}`,
      title: `Article ${String(i).padStart(5, '0')}`,
      source: 'Test',
    }));
    const text = JSON.stringify({ version: 2, articles: many, segments: [SEGMENT] });
    const split = text.indexOf(`"a-${LIBRARY_PAGE_SIZE}"`);
    let stream!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (controller) => void (stream = controller) });
    stream.enqueue(new TextEncoder().encode(text.slice(0, split)));
    const files = dataFolder();
    const pages: { count: number; done: boolean }[] = [];
    const loading = loadSearchService(
      async (path) => (path === 'manifest.json' ? new Response(body) : serve(files).fetchData(path)),
      (page) => pages.push({ count: page.articles.length, done: page.done }),
    );
    await vi.waitFor(() => expect(pages).toEqual([{ count: LIBRARY_PAGE_SIZE, done: false }]));
    stream.enqueue(new TextEncoder().encode(text.slice(split)));
    stream.close();
    await loading;
    expect(pages).toEqual([
      { count: LIBRARY_PAGE_SIZE, done: false },
      { count: 1, done: true },
    ]);
  });

  it('rejects naming the manifest and the article when an article in it is damaged', async () => {
    const files = dataFolder({
      'manifest.json': JSON.stringify({ version: 2, articles: [{ id: 'x' }], segments: [SEGMENT] }),
    });
    await expect(loadSearchService(serve(files).fetchData)).rejects.toThrow(
      /manifest\.json is damaged .*manifest\.articles\[0\]\.title must be a string/,
    );
  });

  it('rejects saying the manifest is not JSON when its text is cut short', async () => {
    const whole = JSON.stringify({ version: 2, articles: metas, segments: [SEGMENT] });
    const files = dataFolder({ 'manifest.json': whole.slice(0, -20) });
    await expect(loadSearchService(serve(files).fetchData)).rejects.toThrow(
      'manifest.json is damaged (not valid JSON); rebuild the app.',
    );
  });

  it('rejects naming the manifest when it is damaged', async () => {
    const files = dataFolder({
      'manifest.json': JSON.stringify({ version: 2, articles: [], segments: [{ index: '../x' }] }),
    });
    await expect(loadSearchService(serve(files).fetchData)).rejects.toThrow(/manifest\.json is damaged/);
  });
});
