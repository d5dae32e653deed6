import lunr from 'lunr';
import { beforeAll, describe, expect, it } from 'vitest';
import { plainText, type Article } from '../../../archive/core/articles/article';
import { benchArticles } from './corpus';
import {
  benchQueries,
  COMMON_ENGLISH_WORDS,
  HOSTILE_QUERIES,
  QUERIES_PER_CLASS,
  QUERY_CLASSES,
  type QueryClass,
} from './queries';

const LONG = 60_000;
const isStopWord = (w: string) => lunr.stopWordFilter(new lunr.Token(w, {})) === undefined;

/** Each class's shape: lowercase letters only, plus that class's syntax. */
const SHAPES: Record<QueryClass, RegExp> = {
  common: /^[a-z]{4,}$/,
  rare: /^[a-z]{5,}$/,
  'two-required': /^\+[a-z]+ \+[a-z]+$/,
  prefix: /^[a-z]{3,4}\*$/,
  fuzzy: /^[a-z]{5,}~1$/,
  'three-terms': /^[a-z]+ [a-z]+ [a-z]+$/,
  phrase: /^"[a-z]+ [a-z]+(?: [a-z]+)?"$/,
  typing: /^(?:[a-z]+ )+[a-z]{3,5}$/,
};

const words = (q: string) => q.match(/[a-z]+/g) ?? [];

let articles: Article[] = [];
let texts: string[] = [];
let queries: Record<QueryClass, string[]>;
beforeAll(() => {
  articles = benchArticles(1000, 1);
  texts = articles.map((a) => `${a.title}\n\n${plainText(a.blocks)}`.toLowerCase());
  queries = benchQueries(articles, 1);
}, LONG);

const articlesWith = (word: string) =>
  texts.filter((t) => new RegExp(`(?<![a-z])${word}(?![a-z])`).test(t)).length;

describe('benchQueries', () => {
  it('makes about 40 distinct queries of every class, each in its class syntax', () => {
    expect(Object.keys(queries).sort()).toEqual([...QUERY_CLASSES].sort());
    for (const cls of QUERY_CLASSES) {
      expect(queries[cls].length, cls).toBe(QUERIES_PER_CLASS);
      expect(new Set(queries[cls]).size, cls).toBe(queries[cls].length);
      for (const q of queries[cls]) expect(q, cls).toMatch(SHAPES[cls]);
    }
  });

  it(
    'gives the same queries for the same articles and seed, other ones for another seed',
    () => {
      expect(benchQueries(articles, 1)).toEqual(queries);
      expect(benchQueries(articles, 2).common).not.toEqual(queries.common);
    },
    LONG,
  );

  it('uses no Lunr stop words', () => {
    for (const cls of QUERY_CLASSES) {
      for (const q of queries[cls]) {
        const terms = cls === 'typing' ? words(q).slice(0, -1) : cls === 'prefix' ? [] : words(q);
        for (const w of terms) expect(isStopWord(w), `${w} in ${q}`).toBe(false);
      }
    }
  });

  it('finds every phrase word for word in some article', () => {
    for (const q of queries.phrase) {
      const phrase = q.slice(1, -1);
      expect(
        texts.some((t) => t.includes(phrase)),
        q,
      ).toBe(true);
    }
  });

  it('takes common words from many articles and rare words from a handful', () => {
    for (const w of queries.common) expect(articlesWith(w), w).toBeGreaterThan(articles.length / 20);
    for (const w of queries.rare) {
      expect(articlesWith(w), w).toBeGreaterThanOrEqual(2);
      expect(articlesWith(w), w).toBeLessThanOrEqual(8);
    }
  });

  it('requires two words that occur together, and types a real word', () => {
    for (const q of queries['two-required']) {
      const [a, b] = words(q);
      expect(
        texts.some((t) => t.includes(a!) && t.includes(b!)),
        q,
      ).toBe(true);
    }
    for (const q of queries.typing) {
      const partial = words(q).at(-1)!;
      expect(
        texts.some((t) => new RegExp(`(?<![a-z])${partial}[a-z]`).test(t)),
        q,
      ).toBe(true);
    }
  });

  it('misspells fuzzy words so that the misspelling itself occurs nowhere', () => {
    for (const q of queries.fuzzy) expect(articlesWith(q.slice(0, -2)), q).toBe(0);
  });
});

describe('HOSTILE_QUERIES', () => {
  it('includes a 300-character fuzzy word, short prefixes, 24 common words, a huge boost and a contradiction', () => {
    const [long] = HOSTILE_QUERIES;
    expect(long).toHaveLength(300);
    expect(long).toMatch(/^[a-z]{298}~2$/);
    expect(HOSTILE_QUERIES).toEqual(expect.arrayContaining(['se*', 'co*', 'drone^1000000', '+a -a']));
    expect(HOSTILE_QUERIES).toContain(COMMON_ENGLISH_WORDS.join(' '));
    expect(COMMON_ENGLISH_WORDS).toHaveLength(24);
    for (const w of COMMON_ENGLISH_WORDS) expect(isStopWord(w), w).toBe(false);
  });
});
