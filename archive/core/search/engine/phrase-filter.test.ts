import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText, type Article } from '../../articles/article';
import { TermAnalyzer } from './analyzer';
import { SegmentSet } from './segment-set';
import { highlightRanges, WordMatcher } from './highlight';
import { MatchList } from './match-list';
import { filterPhrase } from './phrase-filter';
import { planQuery } from './query-plan';
import { buildSegment } from './segment-builder';
import { SegmentReader } from './segment-reader';

// Few words, so generated phrases often occur, often only in part, and sometimes twice in one article.
const WORDS = ['drone', 'data', 'flight', 'logs', 'the', 'of', 'audit', 'china'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));
const articles = fc.array(fc.tuple(sentence, fc.array(sentence, { minLength: 1, maxLength: 3 })), {
  minLength: 1,
  maxLength: 10,
});
const analyzer = new TermAnalyzer();

function segmentsOf(list: Article[], cut: number): SegmentReader[] {
  return [list.slice(0, cut), list.slice(cut)]
    .filter((part) => part.length > 0)
    .map((part) => {
      const files = buildSegment(part);
      const reader = new SegmentReader(files.index);
      reader.attachPositions(files.positions);
      return reader;
    });
}

describe('filterPhrase', () => {
  it('keeps exactly the articles whose title or text holds the phrase, across segments, and the rest when excluded', () => {
    fc.assert(
      fc.property(
        articles,
        fc.nat(),
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (generated, cutSeed, words, excluded) => {
          const list: Article[] = generated.map(([title, paragraphs], i) => ({
            id: `a-${String(i).padStart(2, '0')}`,
            title,
            source: 'Test',
            blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
          }));
          const set = new SegmentSet(segmentsOf(list, cutSeed % (list.length + 1)));
          const check = planQuery(`${excluded ? '-' : ''}"${words.join(' ')}"`, analyzer);
          if (check.status !== 'ok' || check.plan.phrases.length !== 1) return;
          const phrase = check.plan.phrases[0]!;
          const ids = set.segments.flatMap((s) => s.docs.map((d) => d.id));
          const all = MatchList.of(ids.map((_, doc) => doc));
          const kept = Array.from(filterPhrase(set, all, phrase).docs, (doc) => ids[doc]);
          // The model reads the phrase from the text itself, as the highlighter does, not from stored positions.
          const holds = (article: Article) =>
            [article.title, plainText(article.blocks)].some(
              (text) =>
                highlightRanges(text, new WordMatcher(new Set(), analyzer), [{ ...phrase, excluded: false }])
                  .length > 0,
            );
          const expected = list.filter((a) => holds(a) !== excluded).map((a) => a.id);
          expect(kept.sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});
