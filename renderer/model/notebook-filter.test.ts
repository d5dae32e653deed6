import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../archive/core/annotations/annotation';
import type { ArticleMeta } from '../../archive/core/articles/article';
import { annotationArbitrary } from '../../archive/core/testing/annotation-arbitrary';
import { filterNotebook, notebookTags } from './notebook-filter';

const articles: ArticleMeta[] = [
  { id: 'b', title: 'B', source: 'Heliguy' },
  { id: 'a', title: 'A', source: 'DroneDJ' },
];
const note = (id: string, articleId: string, extra: Partial<Annotation>): Annotation => ({
  ...fc.sample(annotationArbitrary, { seed: id.length, numRuns: 1 })[0]!,
  id,
  articleId,
  tags: [],
  note: '',
  color: 'yellow',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...extra,
});

describe('filterNotebook', () => {
  const groups = new Map([
    ['a', [note('1', 'a', { color: 'blue', tags: ['DJI'], note: 'Who paid for the audit?' })]],
    ['b', [note('2', 'b', { updatedAt: '2026-12-01T00:00:00.000Z' })]],
    ['gone', [note('3', 'gone', { note: 'kept although its article left' })]],
  ]);

  it('lists groups in library order, then highlights whose article is gone, never dropping them', () => {
    expect(filterNotebook(groups, articles, {}).map((g) => g.articleId)).toEqual(['b', 'a', 'gone']);
  });

  it('narrows by colour, tag, article, source, date and the highlights a search found', () => {
    const ids = (f: Parameters<typeof filterNotebook>[2]) =>
      filterNotebook(groups, articles, f).flatMap((g) => g.annotations.map((a) => a.id));
    expect(ids({ color: 'blue' })).toEqual(['1']);
    expect(ids({ tag: 'dji' })).toEqual(['1']);
    expect(ids({ articleId: 'b' })).toEqual(['2']);
    expect(ids({ source: 'Heliguy' })).toEqual(['2']);
    expect(ids({ since: '2026-11-15' })).toEqual(['2']);
    expect(ids({ ids: new Set(['1', '3']) })).toEqual(['1', '3']);
  });

  it('only ever removes highlights: each kept one passes every filter', () => {
    fc.assert(
      fc.property(
        fc.array(annotationArbitrary, { maxLength: 10 }),
        fc.constantFrom('yellow', 'blue', undefined),
        (list, color) => {
          const map = new Map<string, Annotation[]>();
          for (const a of list) map.set(a.articleId, [...(map.get(a.articleId) ?? []), a]);
          const kept = filterNotebook(map, [], color ? { color } : {}).flatMap((g) => g.annotations);
          expect(kept.length).toBe(list.filter((a) => !color || a.color === color).length);
        },
      ),
    );
  });
});

describe('notebookTags', () => {
  it('lists each tag once, whatever its case, sorted', () => {
    const groups = new Map([
      ['a', [note('1', 'a', { tags: ['dji', 'Audit'] }), note('2', 'a', { tags: ['DJI'] })]],
    ]);
    expect(notebookTags(groups)).toEqual(['Audit', 'dji']);
  });
});
