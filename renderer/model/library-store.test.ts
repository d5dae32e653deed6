import { describe, expect, it, vi } from 'vitest';
import { createLibraryStore, PUBLISH_INTERVAL_MS } from './library-store';

const meta = (n: number, source = 'Test') => ({ id: `a-${n}`, title: `Article ${n}`, source });

/** A store on a clock the test moves. */
function store() {
  let time = 0;
  const library = createLibraryStore(() => time);
  const listener = vi.fn();
  library.subscribe(listener);
  return { library, listener, advance: (ms: number) => (time += ms) };
}

describe('library store', () => {
  it('shows the first page at once, with its sources, and says the library is still coming', async () => {
    const { library, listener } = store();
    library.add([meta(1, 'b'), meta(2, 'a'), meta(3, 'b')], false);
    await expect(library.started()).resolves.toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(library.snapshot()).toEqual({
      articles: [meta(1, 'b'), meta(2, 'a'), meta(3, 'b')],
      imported: new Set(),
      importNotice: undefined,
      sources: ['a', 'b'],
      complete: false,
      failure: undefined,
    });
  });

  it('gathers pages that come quickly and shows them together, at the latest with the last page', async () => {
    const { library, listener, advance } = store();
    library.add([meta(1)], false);
    advance(10);
    library.add([meta(2)], false);
    expect(library.snapshot().articles).toHaveLength(1);
    advance(PUBLISH_INTERVAL_MS);
    library.add([meta(3)], false);
    expect(library.snapshot().articles).toHaveLength(3);
    library.add([meta(4)], true);
    expect(listener).toHaveBeenCalledTimes(3);
    expect(library.snapshot().complete).toBe(true);
    await expect(library.complete()).resolves.toEqual([meta(1), meta(2), meta(3), meta(4)]);
  });

  it('completes an empty library', async () => {
    const { library } = store();
    library.add([], true);
    await expect(library.started()).resolves.toBeUndefined();
    await expect(library.complete()).resolves.toEqual([]);
  });

  it('rejects both promises when it fails before the first page', async () => {
    const { library } = store();
    library.fail('Could not load manifest.json (HTTP 404).');
    await expect(library.started()).rejects.toThrow('Could not load manifest.json (HTTP 404).');
    await expect(library.complete()).rejects.toThrow('HTTP 404');
  });

  it('keeps and shows what came when it fails midway, and takes no page after', async () => {
    const { library } = store();
    library.add([meta(1)], false);
    library.add([meta(2)], false);
    library.fail('Search stopped working');
    library.add([meta(3)], true);
    expect(library.snapshot()).toMatchObject({
      articles: [meta(1), meta(2)],
      complete: false,
      failure: 'Search stopped working',
    });
    await expect(library.started()).resolves.toBeUndefined();
    await expect(library.complete()).rejects.toThrow('Search stopped working');
  });

  it('ignores a failure once complete: the search index failing later does not take the library away', () => {
    const { library } = store();
    library.add([meta(1)], true);
    library.fail('The search index is damaged');
    expect(library.snapshot()).toMatchObject({ complete: true, failure: undefined });
  });

  it('stops calling a listener once it unsubscribes', () => {
    const { library, listener } = store();
    const other = vi.fn();
    library.subscribe(other)();
    library.add([meta(1)], true);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(other).not.toHaveBeenCalled();
  });

  it('lists imported articles after the bundled ones, replaces them on each change, and keeps complete() bundled', async () => {
    const { library } = store();
    library.setImported([meta(9, 'Imported')], undefined);
    library.add([meta(1), meta(2)], true);
    expect(library.snapshot().articles.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-9']);
    expect([...library.snapshot().imported]).toEqual(['a-9']);
    expect(library.snapshot().sources).toEqual(['Imported', 'Test']);
    expect((await library.complete()).map((a) => a.id)).toEqual(['a-1', 'a-2']);
    library.setImported([meta(8, 'Imported'), meta(7, 'Imported')], '1 imported article could not be read.');
    expect(library.snapshot().articles.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-8', 'a-7']);
    expect(library.snapshot().importNotice).toBe('1 imported article could not be read.');
  });
});
