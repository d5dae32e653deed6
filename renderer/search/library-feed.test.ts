import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../archive/core/articles/data-files';
import { LibraryPager, type LibraryPage } from './library-feed';
import { ManifestSyntaxError } from './manifest-scanner';

const meta = (n: number) => ({ id: `a-${n}`, title: `Article ${n}`, source: 'Test' });
const texts = (from: number, count: number) =>
  Array.from({ length: count }, (_, k) => JSON.stringify(meta(from + k)));

function pager(size: number) {
  const pages: LibraryPage[] = [];
  return { pages, pager: new LibraryPager((page) => pages.push(page), size) };
}

describe('LibraryPager', () => {
  it('sends each page as it fills, and the rest as the last one when finished', () => {
    const { pages, pager: p } = pager(2);
    p.add(texts(0, 3));
    expect(pages).toEqual([{ articles: [meta(0), meta(1)], done: false }]);
    p.add(texts(3, 1));
    p.finish();
    expect(pages.slice(1)).toEqual([
      { articles: [meta(2), meta(3)], done: false },
      { articles: [], done: true },
    ]);
  });

  it('sends an empty library as one empty last page, so the page still learns it is complete', () => {
    const { pages, pager: p } = pager(2);
    p.finish();
    expect(pages).toEqual([{ articles: [], done: true }]);
  });

  it('names a damaged article by its number in the whole manifest, after the pages before it went out', () => {
    const { pages, pager: p } = pager(2);
    expect(() => p.add([...texts(0, 3), JSON.stringify({ ...meta(3), source: '' })])).toThrow(
      'manifest.articles[3].source must not be empty',
    );
    expect(() => p.add([JSON.stringify({ id: 'x' }), '1'])).toThrow(DataFileError);
    expect(pages).toHaveLength(1);
  });

  it('refuses text that is not one JSON value per article', () => {
    expect(() => pager(2).pager.add(['{"id":', '"x"}'])).toThrow(ManifestSyntaxError);
    expect(() => pager(1).pager.add(['{} {}'])).toThrow(ManifestSyntaxError);
  });

  it('keeps what an article says and drops what it need not carry', () => {
    const { pages, pager: p } = pager(5);
    p.add([JSON.stringify({ ...meta(0), date: '2020-01-02', extra: true })]);
    p.finish();
    expect(pages[0]?.articles).toEqual([{ ...meta(0), date: '2020-01-02' }]);
  });
});
