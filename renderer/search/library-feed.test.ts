import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../archive/core/data-files';
import { libraryPages } from './library-feed';

const meta = (n: number) => ({ id: `a-${n}`, title: `Article ${n}`, source: 'Test' });
const metas = (count: number) => Array.from({ length: count }, (_, n) => meta(n));

describe('libraryPages', () => {
  it('cuts the articles into pages of the given size, in order, the last one done', () => {
    expect([...libraryPages(metas(5), 2)]).toEqual([
      { articles: [meta(0), meta(1)], done: false },
      { articles: [meta(2), meta(3)], done: false },
      { articles: [meta(4)], done: true },
    ]);
  });

  it('gives an empty library as one empty page, so the page still learns it is complete', () => {
    expect([...libraryPages([], 2)]).toEqual([{ articles: [], done: true }]);
  });

  it('checks a page only when it is asked for, so the pages before a damaged article still go out', () => {
    const pages = libraryPages([...metas(2), { id: 'x', title: 7, source: 'Test' }], 2);
    expect(pages.next().value).toEqual({ articles: metas(2), done: false });
    expect(() => pages.next()).toThrow(DataFileError);
  });

  it('names the damaged article by its number in the whole manifest', () => {
    const pages = libraryPages([...metas(3), { id: 'x', title: 'X', source: '' }], 2);
    pages.next();
    expect(() => pages.next()).toThrow('manifest.articles[3].source must not be empty');
  });

  it('keeps what an article says and drops what it need not carry', () => {
    const [page] = libraryPages([{ ...meta(0), date: '2020-01-02', extra: true }]);
    expect(page?.articles).toEqual([{ ...meta(0), date: '2020-01-02' }]);
  });
});
