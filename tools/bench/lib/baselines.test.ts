import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../archive/core/articles/article';
import {
  baselineEngines,
  LunrBaseline,
  MiniSearchBaseline,
  parseQuery,
  TOP_K,
  type BaselineEngine,
} from './baselines';
import { benchArticles } from './corpus';
import { benchQueries, QUERY_CLASSES, type QueryClass } from './queries';

const LONG = 120_000;

const article = (id: string, title: string, ...paragraphs: string[]): Article => ({
  id,
  title,
  source: 'Test',
  blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })),
});

const FIXTURES: Article[] = [
  article('drones', 'Drone security rules', 'New data security rules for drone makers in the U.S. market.'),
  article('orchard', 'Apple orchards', 'Growers keep bees; the harvest was good and security was light.'),
  article('music', 'A night of music', 'The orchestra played until midnight, and the city listened.'),
];

describe.each([
  ['lunr', () => new LunrBaseline()],
  ['minisearch', () => new MiniSearchBaseline()],
])('%s baseline', (_name, make: () => BaselineEngine) => {
  let engine: BaselineEngine;
  beforeAll(() => {
    engine = make();
    engine.build(FIXTURES);
  });

  it('finds articles by a body word and ranks a title match first', () => {
    expect(engine.query('security')).toEqual(['drones', 'orchard']);
    expect(engine.query('music')).toEqual(['music']);
  });

  it('supports required, prohibited, prefix, fuzzy and phrase queries', () => {
    expect(engine.query('+security +bees')).toEqual(['orchard']);
    expect(engine.query('security -drone')).toEqual(['orchard']);
    expect(engine.query('orch*').sort()).toEqual(['music', 'orchard']);
    expect(engine.query('orchestro~1')).toEqual(['music']);
    expect(engine.query('"data security"')).toEqual(['drones']);
    expect(engine.query('+zebra')).toEqual([]);
  });

  it('answers the same after its index is serialized and loaded again', () => {
    const json = engine.serialize();
    const loaded = make();
    loaded.load(json);
    for (const q of ['security', 'orch*', '+security +bees', 'night'])
      expect(loaded.query(q)).toEqual(engine.query(q));
  });

  it('refuses to query before it has an index', () => {
    expect(() => make().query('security')).toThrow(/build\(\) or load\(\) first/);
  });
});

describe('parseQuery', () => {
  it('reads presence, wildcard, fuzziness, boost, field and phrases', () => {
    expect(parseQuery('+dji -kivu secur* encrypton~1 drone^10 title:parrot "data security"')).toEqual([
      { text: 'data', presence: 'required', prefix: false, fuzzy: 0, boost: 1 },
      { text: 'security', presence: 'required', prefix: false, fuzzy: 0, boost: 1 },
      { text: 'dji', presence: 'required', prefix: false, fuzzy: 0, boost: 1 },
      { text: 'kivu', presence: 'prohibited', prefix: false, fuzzy: 0, boost: 1 },
      { text: 'secur', presence: 'optional', prefix: true, fuzzy: 0, boost: 1 },
      { text: 'encrypton', presence: 'optional', prefix: false, fuzzy: 1, boost: 1 },
      { text: 'drone', presence: 'optional', prefix: false, fuzzy: 0, boost: 10 },
      { text: 'parrot', presence: 'optional', prefix: false, fuzzy: 0, boost: 1, field: 'title' },
    ]);
    expect(parseQuery('*tion')).toEqual([
      { text: 'tion', presence: 'optional', prefix: false, fuzzy: 0, boost: 1 },
    ]);
    expect(parseQuery('  ')).toEqual([]);
  });
});

describe('baselines over the benchmark archive', () => {
  let articles: Article[] = [];
  let queries: Record<QueryClass, string[]>;
  beforeAll(() => {
    articles = benchArticles(300, 1);
    queries = benchQueries(articles, 1);
  }, LONG);

  it(
    'both return ids of indexed articles, at most 10, for nearly every benchmark query',
    () => {
      const ids = new Set(articles.map((a) => a.id));
      for (const engine of baselineEngines()) {
        engine.build(articles);
        for (const cls of QUERY_CLASSES) {
          const answered = queries[cls].filter((q) => {
            const hits = engine.query(q);
            expect(hits.length).toBeLessThanOrEqual(TOP_K);
            for (const id of hits) expect(ids.has(id)).toBe(true);
            return hits.length > 0;
          });
          // Lunr matches fuzzy words against stems, so it misses some misspellings MiniSearch finds.
          const minimum = cls === 'fuzzy' && engine.name === 'lunr' ? 0.5 : 0.9;
          expect(answered.length, `${engine.name} ${cls}`).toBeGreaterThanOrEqual(
            queries[cls].length * minimum,
          );
        }
      }
    },
    LONG,
  );

  it(
    'return no hits rather than throwing for a query Lunr cannot parse',
    () => {
      const lunr = new LunrBaseline();
      lunr.build(articles.slice(0, 20));
      expect(lunr.query('title:')).toEqual([]);
    },
    LONG,
  );
});
