import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../archive/core/articles/article';
import { libraryOrder, librarySources, type ShowFilter } from './library-order';

// In title order, as the manifest lists them.
const articles: ArticleMeta[] = [
  { id: 'a', title: 'Alpha', source: 'heliguy', date: '2021-03-04', words: 900 },
  { id: 'b', title: 'Bravo', source: 'DroneDJ', words: 300 },
  { id: 'c', title: 'Charlie', source: 'DroneDJ', date: '2023-01-01' },
  { id: 'd', title: 'Delta', source: 'heliguy', words: 300 },
  { id: 'e', title: 'Echo', source: 'DroneDJ', date: '2021-03-04', words: 1200 },
];

const titles = (order: Uint32Array): string[] => [...order].map((i) => articles[i]!.title);

/** The comparators the library sorted with before it sorted numbers, for checking against. */
const REFERENCE: Record<'title' | 'newest' | 'source', (a: ArticleMeta, b: ArticleMeta) => number> = {
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

  it('puts the shortest read first (unknown length last) or the most highlighted first, ties by title', () => {
    expect(titles(libraryOrder(articles, 'shortest'))).toEqual([
      'Bravo',
      'Delta',
      'Alpha',
      'Echo',
      'Charlie',
    ]);
    const counts = new Map([
      ['d', 2],
      ['b', 5],
      ['e', 2],
    ]);
    const order = libraryOrder(articles, 'notes', '', undefined, { counts });
    expect(titles(order)).toEqual(['Bravo', 'Delta', 'Echo', 'Alpha', 'Charlie']);
  });

  it('shows unread, read, annotated, imported or bundled articles only, with the source filter too', () => {
    const facts = { read: new Set(['a', 'c']), imported: new Set(['e']), counts: new Map([['d', 1]]) };
    const show = (s: ShowFilter, source = '') =>
      titles(libraryOrder(articles, 'title', source, undefined, { ...facts, show: s }));
    expect(show('unread')).toEqual(['Bravo', 'Delta', 'Echo']);
    expect(show('read')).toEqual(['Alpha', 'Charlie']);
    expect(show('notes')).toEqual(['Delta']);
    expect(show('imported')).toEqual(['Echo']);
    expect(show('bundled')).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    expect(show('unread', 'heliguy')).toEqual(['Delta']);
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
        fc.constantFrom<'title' | 'newest' | 'source'>('title', 'newest', 'source'),
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
