import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../articles/article';
import { compareCodeUnits } from '../../articles/text-range';
import { TermAnalyzer } from './analyzer';
import { evaluate, mergeSorted, type EngineClause } from './evaluate';
import type { MatchList } from './match-list';
import { roundHalfUp, SegmentSet } from './segment-set';
import { buildLunrReference, byId, queryLunrReference } from './lunr-reference';
import { buildSegment } from './segment-builder';
import { SegmentReader } from './segment-reader';

const QueryParser = (
  lunr as unknown as { QueryParser: new (q: string, into: lunr.Query) => { parse(): lunr.Query } }
).QueryParser;

const analyzer = new TermAnalyzer();

/**
 * Lunr's clauses for a query, less the words the pipeline empties (symbols only), as the query plan drops them:
 * Lunr itself throws on a required clause that has no term left.
 */
function parse(query: string): EngineClause[] {
  const clauses = new QueryParser(query, new lunr.Query(['title', 'body'])).parse().clauses as EngineClause[];
  return clauses.filter((c) => !c.usePipeline || analyzer.queryTermsOf(c.term).length > 0);
}

// A small vocabulary makes generated articles share words, so queries match several of them with varied scores.
const WORDS = [
  'drone',
  'drones',
  'data',
  'security',
  'dji’s',
  'flight',
  'logs',
  'U.S.',
  'interior',
  'audit',
  'the',
  'encryption',
  'encrypted',
  'fleet',
  'grounded',
  'china',
  'ban',
  'report',
  'reporting',
  'kivu',
  'a',
  'of',
  'sé',
  // Words of symbols only, which index and query both drop, and a word another script's letters make.
  '&',
  '·',
  '🙂',
  'дрон',
  // Words of every script: Cyrillic, Arabic, Greek, Devanagari, accented Latin, and runs without spaces that
  // the tokenizer splits into words (Chinese, Japanese, Thai).
  'русский',
  'данные',
  'البيانات',
  'ελληνικά',
  'नमस्ते',
  'données',
  'café',
  '无人机数据',
  '数据',
  'ドローンのデータ',
  'ข้อมูลโดรน',
];
const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const articleArb = (id: number) =>
  fc
    .record({ title: sentence, paragraphs: fc.array(sentence, { minLength: 1, maxLength: 4 }) })
    .map(({ title, paragraphs }): Article => ({
      id: `a-${id}`,
      title,
      source: 'Test',
      blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    }));
const archiveArb = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => articleArb(i))));
const queryWord = fc.oneof(
  word.map((w) => w.toLowerCase().replace(/[’.]/g, '')),
  fc.constantFrom(
    'dron*',
    'dat*',
    'secur~1',
    'encrypton~2',
    'flihgt~1',
    'e*n',
    'title:drone',
    'body:data',
    'zzz',
  ),
);
const queryArb = fc
  .array(fc.tuple(fc.constantFrom('', '+', '-'), queryWord, fc.constantFrom('', '^3')), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.map(([p, w, b]) => `${p}${w}${w.includes('~') ? '' : b}`).join(' '));

function splitInto(articles: Article[], parts: number): SegmentReader[] {
  const size = Math.ceil(articles.length / parts);
  return Array.from(
    { length: parts },
    (_, i) => new SegmentReader(buildSegment(articles.slice(i * size, (i + 1) * size)).index),
  );
}

// The matches ranked by score then title then id: every one of them unless `k` is given.
function rank(set: SegmentSet, query: string[], keep = (_doc: number) => true, k = Infinity) {
  const docs = set.segments.flatMap((s) => s.docs);
  const evaluation = evaluate(set, parse(query.join(' ')), new TermAnalyzer());
  const order = (a: number, b: number) =>
    compareCodeUnits(docs[a]!.title, docs[b]!.title) || compareCodeUnits(docs[a]!.id, docs[b]!.id);
  const ranked = evaluation.top(keep, Math.min(k, evaluation.matches.length), order);
  if (k === Infinity) expect(ranked).toHaveLength(evaluation.matches.length);
  return ranked.map((m) => ({ id: docs[m.doc]!.id, score: m.score }));
}

describe('the engine ranks exactly as Lunr', () => {
  it('returns the same documents in the same order with the same scores as lunr.Index on generated archives', () => {
    fc.assert(
      fc.property(archiveArb, queryArb, (generated, query) => {
        // A query left with no words is never run: the query plan answers it with a message.
        fc.pre(parse(query).length > 0);
        const articles = byId(generated);
        const reference = buildLunrReference(articles);
        const titles = new Map(articles.map((a) => [a.id, a.title]));
        const expected = queryLunrReference(reference, parse(query), (id) => titles.get(id)!);
        const actual = rank(new SegmentSet(splitInto(articles, 1)), [query]);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('ranks segments searched together as one Lunr index over all their articles', () => {
    fc.assert(
      fc.property(archiveArb, queryArb, fc.integer({ min: 1, max: 3 }), (generated, query, parts) => {
        fc.pre(parse(query).length > 0);
        const articles = byId(generated);
        const reference = buildLunrReference(articles);
        const titles = new Map(articles.map((a) => [a.id, a.title]));
        const expected = queryLunrReference(reference, parse(query), (id) => titles.get(id)!);
        const actual = rank(new SegmentSet(splitInto(articles, parts)), [query]);
        expect(actual.map((r) => r.id)).toEqual(expected.map((r) => r.id));
        actual.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!.score, 9));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('ranking only what can rank', () => {
  const largeArchiveArb = fc
    .integer({ min: 10, max: 60 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => articleArb(i))));

  it('gives the best k of any kept subset exactly as ranking every match does, in one segment or several', () => {
    fc.assert(
      fc.property(
        largeArchiveArb,
        queryArb,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        fc.func(fc.boolean()),
        (generated, query, k, parts, keepArb) => {
          fc.pre(parse(query).length > 0);
          const articles = byId(generated);
          const set = new SegmentSet(splitInto(articles, parts));
          const keep = (doc: number) => doc % 5 === 0 || keepArb(doc);
          const all = rank(set, [query]).filter((r) => keep(articles.findIndex((a) => a.id === r.id)));
          expect(rank(set, [query], keep, k)).toEqual(all.slice(0, k));
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('ranks a wildcard standing for more words than it walks side by side as when it stands for few', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      id: `w-${i}`,
      title: `word${String.fromCharCode(97 + (i % 26))}${i} report`,
      source: 'Test',
      blocks: [{ kind: 'paragraph' as const, text: `report ${'word'.repeat(1 + (i % 3))}${i}` }],
    }));
    const set = new SegmentSet([new SegmentReader(buildSegment(many).index)]);
    const all = rank(set, ['word*']);
    expect(all.length).toBe(40);
    expect(rank(set, ['word*'], () => true, 5)).toEqual(all.slice(0, 5));
  });

  it('refuses a ranking asked for after the set ran another query', () => {
    const set = new SegmentSet(splitInto(byId(fc.sample(largeArchiveArb, 1)[0]!), 1));
    const first = evaluate(set, parse('drone'), new TermAnalyzer());
    evaluate(set, parse('data'), new TermAnalyzer());
    expect(() =>
      first.top(
        () => true,
        3,
        () => 0,
      ),
    ).toThrow(/changed/);
  });
});

describe('scoring arrays kept between queries', () => {
  it('answers each query of a sequence on one set exactly as a fresh set does, whatever came before', () => {
    fc.assert(
      fc.property(archiveArb, fc.array(queryArb, { minLength: 2, maxLength: 6 }), (generated, queries) => {
        const articles = byId(generated);
        const kept = new SegmentSet(splitInto(articles, 2));
        for (const query of queries.filter((q) => parse(q).length > 0)) {
          expect(rank(kept, [query])).toEqual(rank(new SegmentSet(splitInto(articles, 2)), [query]));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('starts clean after a query stopped by a damaged segment', () => {
    const articles = byId([
      { id: 'a', title: 'Drone data', source: 'T', blocks: [{ kind: 'paragraph', text: 'drone logs' }] },
      { id: 'b', title: 'Logs', source: 'T', blocks: [{ kind: 'paragraph', text: 'flight logs' }] },
    ]);
    const set = new SegmentSet(splitInto(articles, 1));
    const before = rank(set, ['logs']);
    const segment = set.segments[0]!;
    const decode = segment.decodePostings.bind(segment);
    let calls = 0;
    segment.decodePostings = (...args) => {
      if (++calls === 2) throw new Error('damaged');
      return decode(...args);
    };
    expect(() => rank(set, ['logs'])).toThrow('damaged');
    segment.decodePostings = decode;
    expect(rank(set, ['logs'])).toEqual(before);
  });
});

describe('bounded expansion', () => {
  const articles: Article[] = ['secure', 'security', 'secured', 'sector', 'sect'].flatMap((word, i) =>
    Array.from({ length: 5 - i }, (_, k) => ({
      id: `${word}-${k}`,
      title: word,
      source: 'Test',
      blocks: [{ kind: 'paragraph' as const, text: `${word} text` }],
    })),
  );
  const set = new SegmentSet([new SegmentReader(buildSegment(articles).index)]);
  const titlesOf = (matches: MatchList) => [
    ...new Set(Array.from(matches.docs, (doc) => set.segments[0]!.docs[doc]!.title)),
  ];

  it('keeps the most frequent expansions of a wildcard within the budget and says it was cut', () => {
    const full = evaluate(set, parse('sec*'), new TermAnalyzer());
    expect(full.capped).toBe(false);
    expect(titlesOf(full.matches).sort()).toEqual(['sect', 'sector', 'secure', 'secured', 'security']);
    // Each article holds its word once in the title and once in the body: 2 postings per article.
    const cut = evaluate(set, parse('sec*'), new TermAnalyzer(), 2 * (5 + 4));
    expect(cut.capped).toBe(true);
    expect(titlesOf(cut.matches).sort()).toEqual(['secure', 'security']);
  });

  it('never cuts a plain word, whatever the budget', () => {
    const plain = evaluate(set, parse('secure'), new TermAnalyzer(), 0);
    expect(plain.capped).toBe(false);
    // "secure" is looked up by its stem, "secur", which these three words share.
    expect(titlesOf(plain.matches).sort()).toEqual(['secure', 'secured', 'security']);
  });
});

describe('roundHalfUp', () => {
  it('rounds every non-negative score as Math.round does, including the one sum that rounds up in floating point', () => {
    expect(roundHalfUp(0.49999999999999994)).toBe(Math.round(0.49999999999999994));
    expect(roundHalfUp(0.5)).toBe(1);
    expect(roundHalfUp(2.5)).toBe(3);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2 ** 51, noNaN: true }), (x) => {
        expect(roundHalfUp(x)).toBe(Math.round(x));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: -3, max: 3 }), (m, ulps) => {
        // Values a few ulps either side of each half: where a rounding shortcut would go wrong.
        const half = m + 0.5;
        const x = half + ulps * Number.EPSILON * Math.max(1, half);
        expect(roundHalfUp(x)).toBe(Math.round(x));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('mergeSorted', () => {
  it('joins two ascending lists of distinct documents as a sorted set union does', () => {
    const sortedSet = fc.uniqueArray(fc.nat(200), { maxLength: 40 }).map((a) => a.sort((x, y) => x - y));
    fc.assert(
      fc.property(sortedSet, sortedSet, (a, b) => {
        const union = [...new Set([...a, ...b])].sort((x, y) => x - y);
        expect([...mergeSorted(Uint32Array.from(a), Uint32Array.from(b))]).toEqual(union);
      }),
    );
  });
});
