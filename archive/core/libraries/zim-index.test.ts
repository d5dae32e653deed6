import { describe, expect, it } from 'vitest';
import { createSearchService, SegmentReader } from '../search';
import { FRENCH_FIXTURE, ZIM_FIXTURES } from '../testing/zim-fixtures';
import { readMetadata } from '../zim/zim-metadata';
import { memorySource } from '../zim/byte-source';
import { TitleIndex } from '../zim/title-index';
import { ZimArchive } from '../zim/zim-archive';
import { indexZim, indexZimParts, type ZimIndex, type ZimIndexPart } from './zim-index';

async function open() {
  const zim = await ZimArchive.open(memorySource(ZIM_FIXTURES.modern.bytes));
  return { zim, titles: await TitleIndex.open(zim) };
}

/** The ids and scores a query finds over some segments, best first. */
async function found(segments: readonly ZimIndex[], query: string) {
  const search = createSearchService({
    segments: segments.map((s) => new SegmentReader(s.index)),
    loadBody: async () => '',
    loadPositions: async (i) => segments[i]!.positions,
  });
  const response = await search.search(query);
  return response.status === 'ok' ? response.results.map((r) => [r.meta.id, r.score]) : [];
}

describe('indexZimParts', () => {
  it('analyses the pages in the language the file names, and in English when it names none', async () => {
    const { zim, titles } = await open();
    const languageOf = async (language: string | undefined) => {
      const parts: ZimIndexPart[] = [];
      await indexZimParts(zim, titles, 'u', 's', {
        ...(language !== undefined && { language }),
        onPart: (p) => void parts.push(p),
        onProgress: () => {},
        stopped: () => false,
      });
      return parts.map((p) => new SegmentReader(p.index).language);
    };
    expect(await languageOf('fra,eng')).toEqual(['fr']);
    expect(await languageOf('rus')).toEqual(['ru']);
    expect(await languageOf(undefined)).toEqual(['en']);
    expect(await languageOf('zho')).toEqual(['en']);
  });

  it('finds the pages of a French file by other forms of their words, as its Language metadata asks', async () => {
    const zim = await ZimArchive.open(memorySource(FRENCH_FIXTURE.bytes));
    const titles = await TitleIndex.open(zim);
    const { language } = await readMetadata(zim);
    expect(language).toBe('fra');
    const parts: ZimIndexPart[] = [];
    await indexZimParts(zim, titles, 'fr', 'Audits de drones', {
      ...(language !== undefined && { language }),
      onPart: (p) => void parts.push(p),
      onProgress: () => {},
      stopped: () => false,
    });
    const ids = async (query: string) => (await found(parts, query)).map(([id]) => id).sort();
    // "donnée" finds "données" too, "journal" finds "Journaux", and "les" is too common to search in French.
    expect(await ids('donnée')).toEqual(['zim:fr/A/Journaux.html', 'zim:fr/A/Serveurs.html']);
    expect(await ids('journal')).toEqual(['zim:fr/A/Journaux.html', 'zim:fr/index.html']);
    expect(await ids('les serveurs')).toEqual(['zim:fr/A/Serveurs.html', 'zim:fr/index.html']);
  });

  it('builds a library part by part, each stored as it is done, ranking as the whole index does', async () => {
    const { zim, titles } = await open();
    const parts: ZimIndexPart[] = [];
    const run = {
      onPart: (p: ZimIndexPart) => void parts.push(p),
      onProgress: () => {},
      stopped: () => false,
    };
    expect(await indexZimParts(zim, titles, 'u', 'Drone audits', { ...run, partPages: 1 })).toBe(true);
    expect(parts.map((p) => [p.part, p.parts, p.totalPages, p.articles])).toEqual([
      [0, 3, 3, 1],
      [1, 3, 3, 1],
      [2, 3, 3, 1],
    ]);
    const whole = (await indexZim(
      zim,
      titles,
      'u',
      'Drone audits',
      () => {},
      () => false,
    ))!;
    for (const query of ['audit', 'drone data', '"three drones"', 'kivu OR booz'])
      expect(await found(parts, query)).toEqual(await found([whole], query));
  });

  it('resumes at a part without building the ones before it again, and stops at a pause keeping no half part', async () => {
    const { zim, titles } = await open();
    const parts: ZimIndexPart[] = [];
    const onPart = (p: ZimIndexPart) => void parts.push(p);
    await indexZimParts(zim, titles, 'u', 's', {
      onPart,
      onProgress: () => {},
      stopped: () => false,
      partPages: 1,
      fromPart: 2,
    });
    expect(parts.map((p) => p.part)).toEqual([2]);
    parts.length = 0;
    let batches = 0;
    const finished = await indexZimParts(zim, titles, 'u', 's', {
      onPart,
      onProgress: () => {},
      // Paused before the third part begins.
      stopped: () => ++batches > 2,
      partPages: 1,
    });
    expect(finished).toBe(false);
    expect(parts.map((p) => p.part)).toEqual([0, 1]);
  });
});
