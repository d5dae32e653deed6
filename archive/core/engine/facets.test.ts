import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../article';
import { applyFacets, FacetIndex } from './facets';

const meta = fc.record(
  {
    source: fc.constantFrom('DroneDJ', 'heliguy', 'Imported', 'Ärzte'),
    date: fc.constantFrom('2019-01-02', '2020-05-06', '2021-07-08', '2020-12-31'),
  },
  { requiredKeys: ['source'] },
);

describe('FacetIndex', () => {
  it('keeps and counts exactly as applyFacets, for any articles, matches, filters and notes', () => {
    fc.assert(
      fc.property(
        fc.array(meta, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        fc.record({
          sources: fc.option(fc.subarray(['DroneDJ', 'heliguy', 'Imported', 'Ärzte', 'None']), {
            nil: undefined,
          }),
          years: fc.option(fc.subarray(['2019', '2020', '2021', 'undated', '1999']), { nil: undefined }),
          notes: fc.option(fc.constantFrom('with' as const, 'without' as const), { nil: undefined }),
        }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (partial, picks, filters, noted) => {
          const metas: ArticleMeta[] = partial.map((m, i) => ({ id: `a${i}`, title: `T${i}`, ...m }));
          const matches = picks.map((p) => ({ doc: p % metas.length, score: p }));
          const annotated = new Set(noted.map((n) => `a${n % (metas.length + 3)}`));
          const expected = applyFacets(matches, (m) => metas[m.doc]!, filters, annotated);
          expect(new FacetIndex(metas).apply(matches, filters, annotated)).toEqual(expected);
        },
      ),
    );
  });
});
