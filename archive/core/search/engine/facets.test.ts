import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../articles/article';
import { FacetIndex, yearOf, type Facets, type SearchFilters } from './facets';
import { MatchList } from './match-list';

const meta = fc.record(
  {
    source: fc.constantFrom('DroneDJ', 'heliguy', 'Imported', 'Ärzte'),
    date: fc.constantFrom('2019-01-02', '2020-05-06', '2021-07-08', '2020-12-31'),
  },
  { requiredKeys: ['source'] },
);

// The model FacetIndex is checked against: the same rules, written plainly over strings.
function applyFacets<T>(
  items: readonly T[],
  metaOf: (item: T) => ArticleMeta,
  filters: SearchFilters,
  annotated: ReadonlySet<string>,
): { kept: T[]; facets: Facets } {
  const sourceOk = (m: ArticleMeta) => !filters.sources?.length || filters.sources.includes(m.source);
  const yearOk = (m: ArticleMeta) => !filters.years?.length || filters.years.includes(yearOf(m));
  const notesOk = (m: ArticleMeta) =>
    filters.notes === undefined || (filters.notes === 'with') === annotated.has(m.id);
  const sources = new Map<string, number>();
  const years = new Map<string, number>();
  const notes = { with: 0, without: 0 };
  const kept: T[] = [];
  for (const item of items) {
    const meta = metaOf(item);
    const [s, y, n] = [sourceOk(meta), yearOk(meta), notesOk(meta)];
    if (y && n) sources.set(meta.source, (sources.get(meta.source) ?? 0) + 1);
    if (s && n) years.set(yearOf(meta), (years.get(yearOf(meta)) ?? 0) + 1);
    if (s && y) notes[annotated.has(meta.id) ? 'with' : 'without']++;
    if (s && y && n) kept.push(item);
  }
  return {
    kept,
    facets: {
      sources: [...sources]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      years: [...years]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.value.localeCompare(a.value)),
      notes,
    },
  };
}

describe('FacetIndex', () => {
  it('keeps and counts exactly as the plain model does, for any articles, matches, filters and notes', () => {
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
          const docs = picks.map((p) => p % metas.length);
          const annotated = new Set(noted.map((n) => `a${n % (metas.length + 3)}`));
          const expected = applyFacets(docs, (doc) => metas[doc]!, filters, annotated);
          const actual = new FacetIndex(metas).apply(MatchList.of(docs), filters, annotated);
          expect({ kept: [...actual.kept.docs], facets: actual.facets }).toEqual(expected);
        },
      ),
    );
  });
});
