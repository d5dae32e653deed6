import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../archive/core/article';
import { libraryOrder, librarySources, type SortKey } from './library-order';

// In title order, as the manifest lists them.
const articles: ArticleMeta[] = [
  { id: 'a', title: 'Alpha', source: 'heliguy', date: '2021-03-04' },
  { id: 'b', title: 'Bravo', source: 'DroneDJ' },
  { id: 'c', title: 'Charlie', source: 'DroneDJ', date: '2023-01-01' },
  { id: 'd', title: 'Delta', source: 'heliguy' },
  { id: 'e', title: 'Echo', source: 'DroneDJ', date: '2021-03-04' },
];

const titles = (order: Uint32Array): string[] => [...order].map((i) => articles[i]!.title);

/** The comparators the library sorted with before it sorted numbers, for checking against. */
const REFERENCE: Record<SortKey, (a: ArticleMeta, b: ArticleMeta) => number> = {
  title: () => 0,
  newest: (a, b) => (b.date ?? '').localeCompare(a.date ?? ''),
  source: (a, b) => a.source.localeCompare(b.source),
};

describe('libraryOrder', () => {
  it('keeps the manifest order for titles', () => {
    expect(titles(libraryOrder(articles, 'title'))).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
  });

  it('puts the newest first, ties by title and undated articles last', () => {
    expect(titles(libraryOrder(articles, 'newest'))).toEqual(['Charlie', 'Alpha', 'Echo', 'Bravo', 'Delta']);
  });

  it('groups by source alphabetically, whatever the case, then by title', () => {
    expect(titles(libraryOrder(articles, 'source'))).toEqual(['Bravo', 'Charlie', 'Echo', 'Alpha', 'Delta']);
  });

  it('shows only the chosen source, in the chosen order', () => {
    expect(titles(libraryOrder(articles, 'newest', 'heliguy'))).toEqual(['Alpha', 'Delta']);
    expect(titles(libraryOrder(articles, 'title', 'nobody'))).toEqual([]);
  });

  it('orders any library as the string comparators do, ties kept in title order', () => {
    const meta = fc.record(
      {
        source: fc.constantFrom('A', 'b', 'C', 'dd'),
        date: fc
          .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      },
      { requiredKeys: ['source'] },
    );
    fc.assert(
      fc.property(
        fc.array(meta, { maxLength: 60 }),
        fc.constantFrom<SortKey>('title', 'newest', 'source'),
        (raw, sort) => {
          const list = raw.map((m, i) => ({ ...m, id: `a${i}`, title: `t${i}` }));
          const expected = list.map((_, i) => i).sort((x, y) => REFERENCE[sort](list[x]!, list[y]!) || x - y);
          expect([...libraryOrder(list, sort)]).toEqual(expected);
        },
      ),
    );
  });
});

describe('librarySources', () => {
  it('lists each source once, alphabetically', () => {
    expect(librarySources(articles)).toEqual(['DroneDJ', 'heliguy']);
  });
});
