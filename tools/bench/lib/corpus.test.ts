import { beforeAll, describe, expect, it } from 'vitest';
import { plainText, type Article } from '../../../archive/core/articles/article';
import { parseArticleData } from '../../../archive/core/articles/data-files';
import { benchArticles, benchArticleStream, countWords } from './corpus';

const SAFE_ID = /^[a-z0-9](?:[a-z0-9-]{0,199})$/;
const LONG = 60_000;

const wordsOf = (a: Article) => plainText(a.blocks).split(/\s+/).filter(Boolean).length;
const vocabulary = (articles: readonly Article[]) => {
  const words = new Set<string>();
  for (const a of articles)
    for (const w of plainText(a.blocks)
      .toLowerCase()
      .split(/[\s-]+/))
      words.add(w);
  return words.size;
};

let articles: Article[] = [];
beforeAll(() => {
  articles = benchArticles(2000, 1);
}, LONG);

describe('benchArticles', () => {
  it(
    'gives the same articles for the same seed, and other articles for another seed',
    () => {
      expect(benchArticles(50, 1)).toEqual(articles.slice(0, 50));
      const other = benchArticles(50, 2);
      expect(other.map((a) => a.id)).not.toEqual(articles.slice(0, 50).map((a) => a.id));
    },
    LONG,
  );

  it(
    'streams the same articles one at a time',
    () => {
      const stream = benchArticleStream(300, 1);
      let i = 0;
      for (const article of stream) expect(article).toEqual(articles[i++]);
      expect(i).toBe(300);
    },
    LONG,
  );

  it('gives each article a unique lowercase slug id and data the archive accepts', () => {
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    for (const a of articles) {
      expect(a.id).toMatch(SAFE_ID);
      expect(parseArticleData(JSON.parse(JSON.stringify(a)))).toEqual(a);
    }
  });

  it('makes articles of about 800 words, from 200 to 2,000', () => {
    const lengths = articles.map(wordsOf);
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(mean).toBeGreaterThan(700);
    expect(mean).toBeLessThan(900);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(2000);
    expect(lengths.filter((n) => n < 400).length).toBeGreaterThan(articles.length * 0.05);
    expect(lengths.filter((n) => n > 1400).length).toBeGreaterThan(articles.length * 0.05);
  });

  it('titles each article with a 4-12 word fragment of its own text', () => {
    for (const a of articles) {
      expect(countWords(a.title)).toBeGreaterThanOrEqual(4);
      expect(countWords(a.title)).toBeLessThanOrEqual(12);
      expect(a.title).toMatch(/^[\p{Lu}\p{N}]/u);
      expect(a.title).not.toMatch(/\s\s/);
    }
    const fromText = articles.filter((a) =>
      plainText(a.blocks).includes(a.title.split(' ').slice(1, 3).join(' ')),
    );
    expect(fromText.length).toBeGreaterThan(articles.length * 0.9);
  });

  it('spreads articles unevenly over five to eight publications', () => {
    const counts = new Map<string, number>();
    for (const a of articles) counts.set(a.source, (counts.get(a.source) ?? 0) + 1);
    expect(counts.size).toBeGreaterThanOrEqual(5);
    expect(counts.size).toBeLessThanOrEqual(8);
    const sorted = [...counts.values()].sort((a, b) => a - b);
    expect(sorted.at(-1)).toBeGreaterThan((sorted[0] ?? 0) * 1.5);
  });

  it('dates about 85% of articles between 1995 and 2025', () => {
    const dated = articles.filter((a) => a.date !== undefined);
    expect(dated.length / articles.length).toBeGreaterThan(0.8);
    expect(dated.length / articles.length).toBeLessThan(0.9);
    for (const a of dated) {
      expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.date! >= '1995-01-01' && a.date! <= '2025-12-31').toBe(true);
    }
    const years = new Set(dated.map((a) => a.date!.slice(0, 4)));
    expect(years.size).toBe(31);
  });

  it('writes mostly paragraphs with some headings and list items', () => {
    const kinds = new Map<string, number>();
    for (const a of articles) for (const b of a.blocks) kinds.set(b.kind, (kinds.get(b.kind) ?? 0) + 1);
    const total = [...kinds.values()].reduce((a, b) => a + b, 0);
    expect((kinds.get('paragraph') ?? 0) / total).toBeGreaterThan(0.75);
    expect(kinds.get('heading')).toBeGreaterThan(0);
    expect(kinds.get('list-item')).toBeGreaterThan(0);
    for (const a of articles) {
      expect(a.blocks[0]?.kind).not.toBe('heading');
      for (const b of a.blocks) expect(b.text.trim()).not.toBe('');
    }
  });

  it('keeps real typography: both apostrophes, U.S., hyphens and dashes', () => {
    const text = articles.map((a) => plainText(a.blocks)).join('\n');
    expect(text).toMatch(/\w'\w/);
    expect(text).toMatch(/\w’\w/);
    expect(text).toContain('U.S.');
    expect(text).toMatch(/\w-\w/);
    expect(text).toMatch(/ -- |\w—\w| – /);
  });

  it('cuts articles from running text rather than shuffled words', () => {
    // In real prose most sentences end with an end mark and start with a capital.
    const paragraphs = articles.flatMap((a) => a.blocks.filter((b) => b.kind === 'paragraph'));
    const wellFormed = paragraphs.filter(
      (b) => /^["“‘'(]?[A-Z0-9]/.test(b.text) && /[.!?:"”’)]$/.test(b.text),
    );
    expect(wellFormed.length / paragraphs.length).toBeGreaterThan(0.8);
  });

  it('grows the vocabulary with the number of articles', () => {
    const small = vocabulary(articles.slice(0, 200));
    const medium = vocabulary(articles.slice(0, 1000));
    const large = vocabulary(articles);
    expect(medium).toBeGreaterThan(small * 1.5);
    expect(large).toBeGreaterThan(medium * 1.2);
  });
});
