import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { plainText, type Article } from '../articles/article';
import { buildSegment } from './engine/segment-builder';
import { SegmentReader } from './engine/segment-reader';
import { createSearchService, RELAXED_NOTICE, type SearchResponse } from './search';

function article(id: string, title: string, date: string | undefined, ...paragraphs: string[]): Article {
  const a: Article = { id, title, source: id.startsWith('dj') ? 'DroneDJ' : 'Heliguy', blocks: [] };
  if (date !== undefined) a.date = date;
  a.blocks = paragraphs.map((text) => ({ kind: 'paragraph', text }));
  return a;
}

const bundled = [
  article(
    'dj-edition',
    'Interior validates DJI Government Edition',
    '2019-07-02',
    'The Department of the Interior validated the Government Edition drones for data security.',
  ),
  article(
    'dj-ban',
    'A bill seeks a ban on DJI’s drones',
    '2020-05-01',
    'The U.S. bill cites data security concerns; the government and the edition of the bill differ.',
  ),
  article(
    'he-audit',
    'No evidence of drone data going to DJI',
    '2021-03-03',
    'The audit found no evidence of data transmission. AES-256 encryption protects the logs.',
  ),
  article(
    'he-camera',
    'Ring’s Always Home Cam flies indoors',
    undefined,
    'The camera came with a security drone that flies inside the home.',
  ),
];
const imported = [article('dj-mine', 'My drone notes', undefined, 'Government edition drones in my notes.')];
const all = [...bundled, ...imported];

function service(groups: Article[][] = [bundled]) {
  const files = groups.map((g) => buildSegment(g));
  const loadBody = vi.fn(async (id: string) => plainText(all.find((a) => a.id === id)?.blocks ?? []));
  const loadPositions = vi.fn(async (s: number) => files[s]!.positions);
  const search = createSearchService({
    segments: files.map((f) => new SegmentReader(f.index)),
    loadBody,
    loadPositions,
  });
  return { search, loadBody, loadPositions };
}

function ok(response: SearchResponse) {
  if (response.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(response)}`);
  return response;
}

async function ids(query: string, options = {}, groups?: Article[][]): Promise<string[]> {
  return ok(await service(groups).search.search(query, options)).results.map((r) => r.meta.id);
}

describe('search semantics', () => {
  it('requires every word by default', async () => {
    expect(await ids('data security')).toEqual(expect.arrayContaining(['dj-edition', 'dj-ban']));
    expect(await ids('data security')).not.toContain('he-audit');
  });

  it('falls back to articles with some of the words, and says so, when none has them all', async () => {
    const response = ok(await service().search.search('encryption camera'));
    expect(response.relaxed).toBe(true);
    expect(response.notices).toContain(RELAXED_NOTICE);
    expect(response.results.map((r) => r.meta.id).sort()).toEqual(['he-audit', 'he-camera']);
  });

  it('matches a quoted phrase only as that sequence of words, and highlights the phrase', async () => {
    const { search, loadPositions } = service();
    const response = ok(await search.search('"government edition"'));
    expect(response.results.map((r) => r.meta.id)).toEqual(['dj-edition']);
    const [hit] = response.results;
    expect(hit!.snippet.highlights.map((h) => hit!.snippet.text.slice(h.start, h.end))).toEqual([
      'Government Edition',
    ]);
    expect(loadPositions).toHaveBeenCalledTimes(1);
  });

  it('combines phrases with the rest of the syntax, curly quotes and excluded phrases included', async () => {
    expect(await ids('“data security” -interior')).toEqual(['dj-ban']);
    expect(await ids('drone -"government edition"')).not.toContain('dj-edition');
    expect(await ids('"department of the interior"')).toEqual(['dj-edition']);
  });

  it('treats straight and curly apostrophes alike and finds abbreviations with dots', async () => {
    expect(await ids("dji's")).toEqual(['dj-ban']);
    expect(await ids('DJI’s')).toEqual(['dj-ban']);
    expect(await ids('ring’s')).toEqual(['he-camera']);
    expect(await ids('U.S.')).toEqual(['dj-ban']);
  });

  it('widens the last word to a prefix only while it is being typed', async () => {
    expect(await ids('cam', { typing: true })).toEqual(expect.arrayContaining(['he-camera']));
    expect(await ids('came', { typing: false })).toEqual(['he-camera']);
    expect(await ids('cam', { typing: false })).toEqual(['he-camera']);
    expect(await ids('secur', { typing: true })).toHaveLength(3);
    expect(await ids('secur', { typing: false })).toHaveLength(3);
    expect(await ids('evidenc', { typing: false })).toEqual([]);
    expect(await ids('evidenc', { typing: true })).toEqual(['he-audit']);
  });

  it('drops a word of symbols only from the query, and says so', async () => {
    for (const extra of ['🙂', '&', '·']) {
      const response = ok(await service().search.search(`drone ${extra}`));
      expect(response.results.map((r) => r.meta.id)).toEqual(await ids('drone'));
      expect(response.notices).toContain(`Left out, having no letters or digits: “${extra}”.`);
    }
  });

  it('says there is nothing to search for a query of symbols or of too common words only', async () => {
    expect(await service().search.search('& 🙂')).toEqual({
      status: 'invalid',
      query: '& 🙂',
      message: 'No searchable words: “&”, “🙂” have no letters or digits.',
    });
    expect(await service().search.search('the who')).toMatchObject({
      status: 'invalid',
      message: 'No searchable words: “the”, “who” are too common to search for. Add a less common word.',
    });
  });

  it('leaves too common words out of a query with other words, and names them', async () => {
    const response = ok(await service().search.search('however drone'));
    expect(response.results.map((r) => r.meta.id)).toEqual(await ids('drone'));
    expect(response.relaxed).toBe(false);
    expect(response.notices).toContain('Left out as too common: “however”.');
  });

  it('searches imported segments together with the bundled one', async () => {
    expect((await ids('"government edition"', {}, [bundled, imported])).sort()).toEqual([
      'dj-edition',
      'dj-mine',
    ]);
  });

  it('counts results per source, year and notes, each with the other filters applied, and filters by them', async () => {
    const { search } = service();
    const response = ok(
      await search.search('drone', { annotated: ['he-audit'], filters: { sources: ['Heliguy'] } }),
    );
    expect(response.results.map((r) => r.meta.id).sort()).toEqual(['he-audit', 'he-camera']);
    expect(response.facets.sources).toEqual([
      { value: 'DroneDJ', count: 2 },
      { value: 'Heliguy', count: 2 },
    ]);
    expect(response.facets.years).toEqual([
      { value: 'undated', count: 1 },
      { value: '2021', count: 1 },
    ]);
    expect(response.facets.notes).toEqual({ with: 1, without: 1 });
  });

  it('highlights every match of a query in one article when it opens', async () => {
    const { search } = service();
    const body = plainText(bundled[2]!.blocks);
    const ranges = await search.matchesIn('data AES-256', 'he-audit');
    expect(ranges.map((r) => body.slice(r.start, r.end))).toEqual(['data', 'AES', '256']);
  });

  it('highlights only the phrase, not its words elsewhere, when an article opens from a phrase search', async () => {
    const { search } = service();
    const body = plainText(bundled[0]!.blocks);
    const ranges = await search.matchesIn('"government edition"', 'dj-edition');
    expect(ranges.map((r) => body.slice(r.start, r.end))).toEqual(['Government Edition']);
    const both = await search.matchesIn('"department of the interior" drones', 'dj-edition');
    expect(both.map((r) => body.slice(r.start, r.end))).toEqual(['Department of the Interior', 'drones']);
  });
});

describe('search properties', () => {
  it('never rejects and answers every query with one of the three statuses', async () => {
    const { search } = service();
    const piece = fc.constantFrom(
      ...'+-:~^*"\\ \t\'’“”'.split(''),
      'title:',
      'body:',
      '~2',
      '^9',
      'drone',
      'data',
      'a',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 20 }), fc.boolean(), async (parts, typing) => {
        const response = await search.search(parts.join(''), { typing });
        expect(['empty', 'ok', 'invalid']).toContain(response.status);
        if (response.status === 'invalid') expect(response.message).toMatch(/\S/);
      }),
      { numRuns: 300 },
    );
  });

  it('returns as its top k exactly the first k of the whole ranking, ties included, for any k', async () => {
    const words = ['drone', 'data', 'audit', 'ban', 'edition'];
    const many = Array.from({ length: 40 }, (_, i) =>
      article(
        `dj-${i}`,
        `Story ${i % 7}`,
        undefined,
        `${words[i % 5]} ${words[(i * 3) % 5]} ${words[i % 2]}`,
      ),
    );
    const files = buildSegment(many);
    const search = createSearchService({
      segments: [new SegmentReader(files.index)],
      loadBody: async (id) => plainText(many.find((a) => a.id === id)?.blocks ?? []),
      loadPositions: async () => files.positions,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...words, 'da*', 'dr*', 'drone data', 'edition~1'),
        fc.integer({ min: 1, max: 45 }),
        async (q, k) => {
          const whole = ok(await search.search(q, { limit: 1000 })).results.map((r) => r.meta.id);
          const top = ok(await search.search(q, { limit: k })).results.map((r) => r.meta.id);
          expect(top).toEqual(whole.slice(0, k));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('filter operators in the query', () => {
  it('source: keeps one source (any case, quoted or not), has:notes keeps annotated articles, words still rank', async () => {
    const { search } = service();
    const ids = async (query: string, annotated: string[] = []) =>
      ok(await search.search(query, { annotated })).results.map((r) => r.meta.id);
    expect(await ids('data')).toEqual(expect.arrayContaining(['dj-edition', 'dj-ban', 'he-audit']));
    expect(await ids('data source:heliguy')).toEqual(['he-audit']);
    expect(await ids('source:"DroneDJ" data')).toEqual(
      await ids('data').then((a) => a.filter((id) => id.startsWith('dj'))),
    );
    expect(await ids('data has:notes', ['dj-ban'])).toEqual(['dj-ban']);
    expect(await ids('data source:nowhere')).toEqual([]);
    expect(ok(await search.search('data source:heliguy')).query).toBe('data source:heliguy');
  });

  it('highlights only the words of a query with operators, never the operator', async () => {
    const { search } = service();
    const ranges = await search.matchesIn('audit source:heliguy', 'he-audit');
    const text = plainText(all.find((a) => a.id === 'he-audit')!.blocks);
    expect(ranges.map((r) => text.slice(r.start, r.end).toLowerCase())).toEqual(['audit']);
  });
});

describe('counters for the benchmarks', () => {
  it('adds the documents each search scored to the counters it is given', async () => {
    const files = buildSegment(bundled);
    const counters = { scored: 0 };
    const search = createSearchService({
      segments: [new SegmentReader(files.index)],
      loadBody: async (id) => plainText(all.find((a) => a.id === id)!.blocks),
      loadPositions: async () => files.positions,
      counters,
    });
    // With room for every match, each one is scored.
    const data = ok(await search.search('data'));
    expect(counters.scored).toBe(data.total);
    const drone = ok(await search.search('drone'));
    expect(counters.scored).toBe(data.total + drone.total);
    await search.search('zzzz');
    expect(counters.scored).toBe(data.total + drone.total);
  });
});
