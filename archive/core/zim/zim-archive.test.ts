import { describe, expect, it } from 'vitest';
import { FIXTURE_METADATA, fromBase64, ZIM_FIXTURES } from '../testing/zim-fixtures';
import { allEntries, expectSameAsZimdump, shownPath } from '../testing/zim-reference';
import { memorySource, type ByteSource } from './byte-source';
import { TitleIndex } from './title-index';
import { ZimArchive } from './zim-archive';
import { readMetadata } from './zim-metadata';
import { decompress } from 'fzstd';
import twoPartsUrl from './fixtures/two-parts.zim.zst?inline';

/** A source that counts the bytes read and the reads, to show what is read in place. */
function counting(
  bytes: Uint8Array,
): ByteSource & { read: ByteSource['read']; readBytes: () => number; reads: () => number } {
  const inner = memorySource(bytes);
  let total = 0;
  let reads = 0;
  return {
    size: inner.size,
    read: (offset, length) => ((total += length), reads++, inner.read(offset, length)),
    readBytes: () => total,
    reads: () => reads,
  };
}

describe.each(Object.values(ZIM_FIXTURES))('the ZIM reader on $name', ({ bytes, reference }) => {
  it('lists the same entries as zimdump, with the same titles, kinds, types, redirects and bytes', async () => {
    await expectSameAsZimdump(bytes, reference);
  });

  it('reads any set of entries together exactly as one at a time, in the order asked', async () => {
    const zim = await ZimArchive.open(memorySource(bytes));
    const one = await allEntries(zim);
    const indexes = one.map((_, i) => i);
    const shuffled = [...indexes].sort((a, b) => ((a * 7919) % 13) - ((b * 7919) % 13) || b - a);
    expect(await zim.entriesAt(shuffled)).toEqual(shuffled.map((i) => one[i]));
    expect(await zim.entriesAt([])).toEqual([]);
    const titles = await TitleIndex.open(zim);
    const listed = await titles.range(0, titles.count);
    for (let i = 0; i < titles.count; i++) expect(listed[i]).toEqual(await titles.at(i));
    await expect(titles.range(0, titles.count + 1)).rejects.toThrow(/no positions/);
  });

  it('finds every entry by its path, follows redirects, and finds nothing for a path it lacks', async () => {
    const zim = await ZimArchive.open(memorySource(bytes));
    for (const entry of await allEntries(zim))
      expect(await zim.findByPath(entry.namespace, entry.path)).toEqual(entry);
    const ns = zim.contentNamespace;
    const prefix = zim.header.newNamespaces ? 'A/' : '';
    // zimwriterfs writes no redirect of the user's, but W/mainPage is one in every newer file.
    const [redirect, target] = reference.entries.some((e) => e.type === 'redirect')
      ? [await zim.findByPath(ns, `${prefix}Booz.html`), 'Booz Allen audit']
      : [await zim.findByPath('W', 'mainPage'), 'Drone data audits'];
    expect(redirect?.kind).toBe('redirect');
    expect((await zim.resolve(redirect!))?.title).toBe(target);
    expect(await zim.findByPath(ns, `${prefix}Nowhere.html`)).toBeUndefined();
    expect(await zim.findByPath('Z', 'index.html')).toBeUndefined();
  });

  it('names the main page zimdump names, and reads the metadata it was written with', async () => {
    const zim = await ZimArchive.open(memorySource(bytes));
    const main = await zim.mainPage();
    expect(main && shownPath(zim, main)).toBe(reference.info['main page']);
    const metadata = await readMetadata(zim);
    expect(metadata).toMatchObject({
      title: FIXTURE_METADATA.Title,
      description: FIXTURE_METADATA.Description,
      language: FIXTURE_METADATA.Language,
      creator: FIXTURE_METADATA.Creator,
      publisher: FIXTURE_METADATA.Publisher,
    });
    expect(metadata.illustration?.mimeType).toBe('image/png');
    expect([...metadata.illustration!.bytes.subarray(1, 4)]).toEqual([...new TextEncoder().encode('PNG')]);
  });

  it('lists the articles A-Z from the file’s own title index and finds a title’s place in it', async () => {
    const zim = await ZimArchive.open(memorySource(bytes));
    const index = await TitleIndex.open(zim);
    const titles: string[] = [];
    for (let i = 0; i < index.count; i++) titles.push((await index.at(i)).title);
    expect(titles).toEqual([...titles].sort());
    expect(titles).toEqual(
      expect.arrayContaining(['Booz Allen audit', 'Drone data audits', 'Kivu report – Données']),
    );
    expect((await index.at(await index.lowerBound('Kivu'))).title).toBe('Kivu report – Données');
    expect(await index.lowerBound('zzz')).toBe(index.count);
  });
});

describe('the ZIM reader', () => {
  it('opens a file by reading its header and content types only', async () => {
    const source = counting(ZIM_FIXTURES.modern.bytes);
    await ZimArchive.open(source);
    expect(source.readBytes()).toBeLessThanOrEqual(80 + 64 * 1024);
  });

  it('lists 10,000 entries in title order with a few reads, not one read each', async () => {
    const source = counting(decompress(fromBase64(twoPartsUrl.slice(twoPartsUrl.indexOf(',') + 1))));
    const zim = await ZimArchive.open(source);
    const titles = await TitleIndex.open(zim);
    const before = source.reads();
    const entries = await titles.range(0, titles.count);
    expect(entries).toHaveLength(10_000);
    expect(source.reads() - before).toBeLessThan(100);
    expect(entries.every((e) => e.namespace === 'C' && e.kind === 'content')).toBe(true);
  });

  it('decompresses a cluster once and serves the next blob of it from the cache', async () => {
    const source = counting(ZIM_FIXTURES.legacy.bytes);
    const zim = await ZimArchive.open(source);
    const kivu = await zim.resolve((await zim.findByPath('A', 'Kivu.html'))!);
    const booz = await zim.resolve((await zim.findByPath('A', 'Booz_Allen.html'))!);
    await zim.content(kivu!);
    const before = source.readBytes();
    await zim.content(booz!);
    expect(source.readBytes()).toBe(before);
  });
});
