import { mkdtemp, readFile, rm, writeFile, mkdir, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText, type Article } from '../../archive/core/articles/article';
import { serializeArticleMarkdown } from '../../archive/core/articles/article-markdown';
import { parseManifest } from '../../archive/core/articles/data-files';
import { builtArticles } from '../../archive/core/libraries/built-articles';
import { SegmentReader } from '../../archive/core/search';
import { createSearchService, type SearchResponse, type SearchService } from '../../archive/core/search';
import { buildData } from './build-data';
import { readArticles } from './bundled-articles';
import { BUNDLED_SEGMENT } from './write-data';

const fixtures: Article[] = [
  { id: 'zebra', title: 'Zebra drones', source: 'Test', blocks: [{ kind: 'paragraph', text: 'Stripes.' }] },
  { id: 'apple', title: 'apple orchards', source: 'Test', date: '2020-01-02', blocks: [] },
];

let workDir = '';
const onDisk = (dataDir: string) =>
  builtArticles(async (path) => new Uint8Array(await readFile(join(dataDir, path))));

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'airgap-build-data-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('buildData', () => {
  it('writes a manifest sorted by title, the segment files and the articles in a compressed pack, replacing stale output, and names the article file that fails to parse', async () => {
    const articlesDir = join(workDir, 'fixture-articles');
    const dataDir = join(workDir, 'fixture-data');
    await mkdir(join(dataDir, 'articles'), { recursive: true });
    await writeFile(join(dataDir, 'articles', 'gone.json'), '{}');
    await mkdir(articlesDir);
    for (const a of fixtures) await writeFile(join(articlesDir, `${a.id}.md`), serializeArticleMarkdown(a));
    const written = await buildData(articlesDir, dataDir);
    expect(await readdir(join(dataDir, 'articles'))).toEqual(['pack-0-0.bin', 'packs.json']);
    expect(written.indexBytes).toBeGreaterThan(0);
    const manifest = parseManifest(JSON.parse(await readFile(join(dataDir, 'manifest.json'), 'utf8')));
    expect(manifest.articles.map((a) => a.id)).toEqual(['apple', 'zebra']);
    expect(manifest.segments).toEqual([BUNDLED_SEGMENT]);
    expect(await onDisk(dataDir).article('zebra')).toEqual(fixtures[0]);
    // Compressed: the pack holds less than the articles' JSON.
    const pack = await readFile(join(dataDir, 'articles', 'pack-0-0.bin'));
    expect(pack.length).toBeLessThan(fixtures.reduce((sum, a) => sum + JSON.stringify(a).length, 0));

    await writeFile(join(articlesDir, 'broken.md'), 'no front matter');
    await expect(buildData(articlesDir, dataDir)).rejects.toThrow(/^broken\.md: missing YAML front matter/);
  });
});

describe('the real archive, built and searched as the app does', () => {
  let search: SearchService;
  let articles: Article[];
  const textOf = (id: string) => {
    const a = articles.find((x) => x.id === id);
    return a === undefined ? '' : `${a.title}\n${plainText(a.blocks)}`;
  };
  const ids = (response: SearchResponse) => {
    if (response.status !== 'ok') throw new Error(JSON.stringify(response));
    return response.results.map((r) => r.meta.id);
  };
  const matching = (test: (text: string) => boolean) =>
    articles.filter((a) => test(textOf(a.id))).map((a) => a.id);

  async function openBuilt(dataDir: string): Promise<{ search: SearchService; segments: number }> {
    const read = async (path: string): Promise<unknown> =>
      JSON.parse(await readFile(join(dataDir, path), 'utf8'));
    const manifest = parseManifest(await read('manifest.json'));
    const segments = await Promise.all(
      manifest.segments.map(async (paths) => new SegmentReader(await readFile(join(dataDir, paths.index)))),
    );
    const stored = onDisk(dataDir);
    articles = await Promise.all(manifest.articles.map((a) => stored.article(a.id)));
    const service = createSearchService({
      segments,
      loadBody: async (id) => plainText(articles.find((a) => a.id === id)?.blocks ?? []),
      loadPositions: (s) => readFile(join(dataDir, manifest.segments[s]!.positions)),
    });
    return { search: service, segments: segments.length };
  }

  // The archive built another way ranks and scores every kind of query as the one-segment build does.
  async function expectSameRanking(other: SearchService): Promise<void> {
    for (const query of [
      'drone',
      'data security',
      '"government edition"',
      'secur*',
      'encrypton~1',
      '+dji -kivu',
    ]) {
      const [one, two] = [
        await search.search(query, { limit: 100 }),
        await other.search(query, { limit: 100 }),
      ];
      if (one.status !== 'ok' || two.status !== 'ok') throw new Error(query);
      expect(two.results.map((r) => r.meta.id)).toEqual(one.results.map((r) => r.meta.id));
      two.results.forEach((r, i) => expect(r.score).toBeCloseTo(one.results[i]!.score, 9));
    }
  }

  beforeAll(async () => {
    const dataDir = join(workDir, 'real-data');
    await buildData(undefined, dataDir);
    ({ search } = await openBuilt(dataDir));
    expect(articles.length).toBe((await readArticles()).length);
  });

  it('ranks the same when built in several threads, one segment each, as when built in one', async () => {
    const dataDir = join(workDir, 'real-data-threads');
    await buildData(undefined, dataDir, { threads: 3, parallelFrom: 1 });
    const threaded = await openBuilt(dataDir);
    expect(threaded.segments).toBe(3);
    await expectSameRanking(threaded.search);
  }, 60_000);

  it('ranks the same when a share is written as several segments to bound the build memory', async () => {
    const dataDir = join(workDir, 'real-data-split');
    await buildData(undefined, dataDir, { threads: 1, segmentBytes: 1_500 });
    const split = await openBuilt(dataDir);
    expect(split.segments).toBeGreaterThan(3);
    const manifest = parseManifest(JSON.parse(await readFile(join(dataDir, 'manifest.json'), 'utf8')));
    expect(manifest.segments[1]).toEqual({
      index: 'search/segment-0-1.bin',
      positions: 'search/segment-0-1.pos.bin',
    });
    await expectSameRanking(split.search);
  }, 60_000);

  it('finds the heliguy article first for AES-256', async () => {
    expect(ids(await search.search('AES-256'))[0]).toBe('no-evidence-of-drone-data-going-to-dji-or-china');
  });

  it('ranks the Department of the Interior stories first for Interior', async () => {
    const interiorTitles = articles.filter((a) => /interior/i.test(a.title)).map((a) => a.id);
    expect(interiorTitles.length).toBeGreaterThanOrEqual(3);
    const found = ids(await search.search('Interior'));
    expect(found.slice(0, interiorTitles.length).sort()).toEqual(interiorTitles.sort());
    expect(found.sort()).toEqual(matching((t) => /interior/i.test(t)).sort());
  });

  it('limits title:drone to articles with drone in the title', async () => {
    const found = ids(await search.search('title:drone'));
    expect(found.sort()).toEqual(
      articles
        .filter((a) => /\bdrones?\b/i.test(a.title))
        .map((a) => a.id)
        .sort(),
    );
  });

  it('requires DJI and excludes Kivu for +dji -kivu', async () => {
    const found = ids(await search.search('+dji -kivu', { limit: 100 }));
    expect(found.length).toBeGreaterThan(0);
    expect(found.sort()).toEqual(matching((t) => /\bdji/i.test(t) && !/kivu/i.test(t)).sort());
  });

  it('expands secur* to security, secure and the like', async () => {
    const found = ids(await search.search('secur*', { limit: 100 }));
    expect(found.sort()).toEqual(matching((t) => /\bsecur/i.test(t)).sort());
  });

  it('finds encryption for the misspelt encrypton~1 and highlights it', async () => {
    const response = await search.search('encrypton~1');
    if (response.status !== 'ok') throw new Error(JSON.stringify(response));
    expect(response.results.length).toBeGreaterThan(0);
    for (const result of response.results) {
      const body = textOf(result.meta.id).slice(result.meta.title.length + 1);
      const words = result.bodyMatches.map((m) => body.slice(m.start, m.end).toLowerCase());
      expect(words).toContain('encryption');
    }
  });

  it('highlights hits in an opened article at the offsets the reader uses', async () => {
    const id = 'no-evidence-of-drone-data-going-to-dji-or-china';
    const body = plainText(articles.find((a) => a.id === id)?.blocks ?? []);
    const matches = await search.matchesIn('AES-256', id);
    expect(matches.map((m) => body.slice(m.start, m.end))).toEqual(['AES', '256']);
  });
});
