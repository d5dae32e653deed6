import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { ZimPartFiles } from '../zim/protocol';
import { appDatabase } from '../db/database';
import { appLibrary } from '../db/library-commands';
import { zimIndexSummary } from '../db/zims';
import type { ZimClient } from '../zim/zim-client';
import type { SearchLanguage } from '../../archive/core/search/language-tags';

const uuid = 'c'.repeat(32);
const PARTS = 3;

/**
 * A ZIM worker that builds PARTS parts of 2 pages, one per turn of the event loop, until told to stop, analysed
 * in `language` (the real one takes it from the file).
 */
function fakeWorker(language: SearchLanguage = 'en') {
  const asked: number[] = [];
  let stop = false;
  let onPartBuilt: (part: number) => void = () => {};
  const client = {
    async index(
      _uuid: string,
      fromPart: number,
      onProgress: (d: number, t: number) => void,
      onPart: (p: ZimPartFiles) => Promise<void>,
    ) {
      asked.push(fromPart);
      stop = false;
      for (let part = fromPart; part < PARTS; part++) {
        await new Promise((resolve) => setTimeout(resolve));
        if (stop) return false;
        onProgress(part * 2, PARTS * 2);
        const files = { index: new Blob([new Uint8Array(1)]), positions: new Blob([new Uint8Array(1)]) };
        await onPart({
          ...files,
          part,
          parts: PARTS,
          totalPages: PARTS * 2,
          articles: 2,
          skipped: 0,
          language,
        });
        onPartBuilt(part);
      }
      return true;
    },
    cancelIndex: () => void (stop = true),
  } as unknown as ZimClient;
  return { client, asked, whenBuilt: (f: (part: number) => void) => (onPartBuilt = f) };
}

async function freshModel(language: SearchLanguage = 'en') {
  vi.resetModules();
  const model = await import('./zim-indexing');
  const worker = fakeWorker(language);
  model.replaceZimClient(() => worker.client);
  return { model, worker };
}

describe('indexing a library in parts', () => {
  it('pauses keeping the parts built, resumes from the next part, and after a restart goes on by itself', async () => {
    await appLibrary().addZim({ uuid, fileName: 'w.zim', size: 1, title: 'W', articleCount: 6, addedAt: 1 });
    const { model, worker } = await freshModel();
    worker.whenBuilt((part) => part === 0 && model.pauseIndexing(uuid));
    await model.indexLibrary(uuid);
    expect(model.indexStates().get(uuid)).toEqual({ state: 'paused', done: 2, total: 6, searchable: 2 });
    // Search holds the part built, and says the library is searched only in part.
    expect(model.partialLibraries()).toEqual(new Map([[uuid, { searchable: 2, total: 6 }]]));
    // Opening the file again in this window does not undo the user's pause.
    await model.indexIfNeeded(uuid);
    expect(worker.asked).toEqual([0]);

    // A restart (a fresh window) resumes on its own, at the first part not built.
    const restarted = await freshModel();
    restarted.worker.whenBuilt((part) => part === 1 && restarted.model.pauseIndexing(uuid));
    await restarted.model.indexIfNeeded(uuid);
    expect(restarted.worker.asked).toEqual([1]);
    expect((await zimIndexSummary(appDatabase(), uuid))?.built).toEqual([0, 1]);
    // Resume finishes it; the whole library is searchable.
    await restarted.model.indexLibrary(uuid);
    expect(restarted.worker.asked).toEqual([1, 2]);
    expect(restarted.model.indexStates().get(uuid)).toEqual({ state: 'ready', articles: 6, skipped: 0 });
    expect(restarted.model.partialLibraries().size).toBe(0);
    await restarted.model.indexIfNeeded(uuid);
    expect(restarted.worker.asked).toEqual([1, 2]);
  });

  it('cancel drops every part, during a run or while paused', async () => {
    const other = 'd'.repeat(32);
    await appLibrary().addZim({
      uuid: other,
      fileName: 'x.zim',
      size: 1,
      title: 'X',
      articleCount: 6,
      addedAt: 2,
    });
    const { model, worker } = await freshModel();
    worker.whenBuilt((part) => part === 0 && void model.cancelIndexing(other));
    await model.indexLibrary(other);
    expect(model.indexStates().get(other)).toEqual({ state: 'none' });
    expect(await zimIndexSummary(appDatabase(), other)).toBeUndefined();
    worker.whenBuilt((part) => part === 0 && model.pauseIndexing(other));
    await model.indexLibrary(other);
    expect(model.indexStates().get(other)?.state).toBe('paused');
    await model.cancelIndexing(other);
    expect(await zimIndexSummary(appDatabase(), other)).toBeUndefined();
    expect(model.indexStates().get(other)).toEqual({ state: 'none' });
  });

  it('builds again the parts analysed in another language than its file’s (built before languages)', async () => {
    const french = 'f'.repeat(32);
    const record = { uuid: french, fileName: 'f.zim', size: 1, title: 'F', articleCount: 6, addedAt: 4 };
    await appLibrary().addZim({ ...record, language: 'fra' });
    // Two parts stored as a release before languages stored them: no language, analysed as English.
    for (const part of [0, 1]) {
      const files = { index: new Blob([new Uint8Array(1)]), positions: new Blob([new Uint8Array(1)]) };
      await appLibrary().saveZimPart({
        uuid: french,
        ...files,
        part,
        parts: PARTS,
        totalPages: 6,
        articles: 2,
        skipped: 0,
        builtAt: 1,
      });
    }
    expect(await zimIndexSummary(appDatabase(), french)).toBeUndefined();
    const { model, worker } = await freshModel('fr');
    await model.indexIfNeeded(french);
    expect(worker.asked).toEqual([0]);
    expect(model.indexStates().get(french)).toEqual({ state: 'ready', articles: 6, skipped: 0 });
    expect((await zimIndexSummary(appDatabase(), french))?.built).toEqual([0, 1, 2]);
  });

  it('runs once for a library however often it is asked (a double click, a second open)', async () => {
    const third = 'e'.repeat(32);
    await appLibrary().addZim({
      uuid: third,
      fileName: 'y.zim',
      size: 1,
      title: 'Y',
      articleCount: 6,
      addedAt: 3,
    });
    const { model, worker } = await freshModel();
    await Promise.all([model.indexLibrary(third), model.indexLibrary(third), model.indexIfNeeded(third)]);
    expect(worker.asked).toEqual([0]);
    expect(model.indexStates().get(third)).toEqual({ state: 'ready', articles: 6, skipped: 0 });
  });
});
