import { describe, expect, it } from 'vitest';
import type { Article } from '../../articles/article';
import { TermAnalyzer } from './analyzer';
import { evaluate, PRESENCE, type EngineClause } from './evaluate';
import { SegmentSet } from './segment-set';
import { buildSegment } from './segment-builder';
import { SegmentReader } from './segment-reader';

const article = (id: number, title: string, body: string): Article => ({
  id: `a-${id}`,
  title,
  source: 'Test',
  blocks: [{ kind: 'paragraph', text: body }],
});

const word = (term: string, presence: number = PRESENCE.OPTIONAL): EngineClause => ({
  term,
  fields: ['title', 'body'],
  boost: 1,
  usePipeline: true,
  presence,
});

// Documents scored by ranking the query's best k, counted on the set's scratch.
function scoredBy(
  articles: Article[],
  clauses: EngineClause[],
  k: number,
): { scored: number; top: number[] } {
  const set = new SegmentSet([new SegmentReader(buildSegment(articles).index)]);
  const evaluation = evaluate(set, clauses, new TermAnalyzer());
  const before = set.scored;
  const top = evaluation
    .top(
      () => true,
      k,
      (a, b) => a - b,
    )
    .map((m) => m.doc);
  return { scored: set.scored - before, top };
}

const filler = 'a long body about weather, rivers and the quiet towns along them, year after year';

describe('counting the documents a query scores', () => {
  it('counts every match when fewer than k documents match', () => {
    const articles = [
      article(0, 'Drone rules', 'Rules for flying.'),
      article(1, 'Rivers', 'A drone over the river.'),
      article(2, 'Towns', 'Nothing here.'),
      article(3, 'Drone logs', 'A drone keeps logs.'),
    ];
    expect(scoredBy(articles, [word('drone')], 10).scored).toBe(3);
  });

  it('counts only the one document MaxScore lets through once a title match fills the top 1', () => {
    // Document 0 holds the word in its title; the rest only once each in a long body, so once document 0 is held
    // no body-only document can reach its score and the body list stops proposing any.
    const articles = [
      article(0, 'Drone drone drone', `drone ${filler}`),
      ...Array.from({ length: 20 }, (_, i) => article(i + 1, `Towns ${i}`, `drone ${filler} ${filler}`)),
    ];
    expect(scoredBy(articles, [word('drone')], 1)).toEqual({ scored: 1, top: [0] });
    expect(scoredBy(articles, [word('drone')], 21).scored).toBe(21);
  });

  it('counts each candidate of a query of required words', () => {
    const articles = [
      article(0, 'Drone data', 'Security of drone data.'),
      article(1, 'Drone', 'No such word.'),
      article(2, 'Data', 'A drone holds data.'),
      article(3, 'Rivers', 'Data only.'),
    ];
    const clauses = [word('drone', PRESENCE.REQUIRED), word('data', PRESENCE.REQUIRED)];
    expect(scoredBy(articles, clauses, 10).scored).toBe(2);
  });

  it('counts each matching document once when a wildcard of many words scores every posting', () => {
    // 40 words of one prefix: past the lists the pruned scorer walks, every list is scored in turn, so even a
    // top 1 scores every matching document.
    const words = Array.from({ length: 40 }, (_, i) => `zeb${String.fromCharCode(97 + (i % 26))}${i}x`);
    const articles = Array.from({ length: 10 }, (_, i) =>
      article(i, `Title ${i}`, i < 7 ? words.slice(i * 5, i * 5 + 9).join(' ') : filler),
    );
    const prefix: EngineClause = { ...word('zeb*'), usePipeline: false };
    expect(scoredBy(articles, [prefix], 1).scored).toBe(7);
  });
});
