import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromWebAnnotations } from '../../archive/core/annotations/web-annotation';
import { AnnotationCommands } from './commands';
import { AirgapDatabase } from './database';
import { keepDraft } from './drafts';
import { passage } from './test-support';
import { collectAllData, DATA_EXPORT_FORMAT, eraseAllData } from './user-data';

/** The page's localStorage, with someone else's key beside ours. */
function storageWith(items: Record<string, string>) {
  const map = new Map(Object.entries(items));
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (key: string) => map.get(key) ?? null,
    removeItem: (key: string) => void map.delete(key),
  };
}

let db: AirgapDatabase;
let counter = 0;
beforeEach(() => {
  db = new AirgapDatabase(`user-data-${++counter}`);
  // drafts.ts journals to localStorage; a bare stand-in is enough here.
  Object.defineProperty(globalThis, 'localStorage', {
    value: { setItem: () => undefined, removeItem: () => undefined },
    configurable: true,
  });
});
afterEach(() => db.delete());

async function fill(): Promise<void> {
  const commands = new AnnotationCommands(db);
  const a = await commands.create(passage('a', 1));
  await commands.edit(a, { note: 'seen in the *audit*', tags: ['dji'] });
  await commands.create(passage('b', 5, 'flight logs'));
  await db.annotations.put({ id: 'broken', articleId: 7 } as never);
  await keepDraft(db, {
    annotationId: a.id,
    articleId: 'a',
    base: a,
    color: 'pink',
    note: 'half',
    tags: '',
    updatedAt: 't',
  });
  await db.imported.put({
    id: 'imported-1',
    title: 'Saved page',
    source: 'Imported',
    date: '2026-01-01',
    body: 'Text',
    fileName: 'saved.html',
    contentHash: 'h',
    format: 'html',
    encoding: 'utf-8',
    importedAt: 1,
    updatedAt: 1,
  } as never);
}

describe('collectAllData', () => {
  it('holds every imported article, highlight, damaged record, draft, library and setting of ours, and reads back', async () => {
    await fill();
    const uuid = 'a'.repeat(32);
    await db.zims.put({
      uuid,
      fileName: 'wikipedia.zim',
      size: 9,
      title: 'Wikipedia',
      articleCount: 2,
      addedAt: 1,
    });
    await db.zimParts.put({
      uuid,
      part: 0,
      parts: 2,
      totalPages: 4,
      index: new Uint8Array(3),
      positions: new Uint8Array(2),
      articles: 2,
      skipped: 0,
      builtAt: 3,
    });
    const storage = storageWith({
      'airgap.preferences': '{"theme":"dark","fontSize":20}',
      'airgap.export-style': 'highlight',
      'someone-else': 'not ours',
    });
    const data = await collectAllData(db, storage, new Date('2030-01-01T00:00:00Z'));
    expect(data).toMatchObject({ ...DATA_EXPORT_FORMAT, exportedAt: '2030-01-01T00:00:00.000Z' });
    expect((data.importedArticles as { id: string }[]).map((a) => a.id)).toEqual(['imported-1']);
    const read = fromWebAnnotations(JSON.parse(JSON.stringify(data.annotations)));
    expect(read.ok && read.annotations.map((a) => a.note).sort()).toEqual(['', 'seen in the *audit*']);
    expect(data.setAsideRecords).toMatchObject([{ id: 'broken', raw: { id: 'broken', articleId: 7 } }]);
    expect(data.drafts).toMatchObject([{ note: 'half' }]);
    expect(data.kiwixLibraries).toMatchObject([{ title: 'Wikipedia', fileName: 'wikipedia.zim' }]);
    expect(data.kiwixSearchIndexes).toEqual([
      { uuid: 'a'.repeat(32), part: 0, parts: 2, articles: 2, builtAt: 3 },
    ]);
    expect(data.settings).toEqual({
      'airgap.export-style': 'highlight',
      'airgap.preferences': { theme: 'dark', fontSize: 20 },
    });
  });
});

describe('eraseAllData', () => {
  it('deletes the database and every key of ours, and leaves other keys alone', async () => {
    await fill();
    const storage = storageWith({
      'airgap.preferences': '{}',
      'airgap.draft.x': '{}',
      'someone-else': 'kept',
    });
    await eraseAllData(db, storage);
    expect([...storage.map.keys()]).toEqual(['someone-else']);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(db.name);
    const reopened = new AirgapDatabase(db.name);
    expect(await reopened.annotations.count()).toBe(0);
    expect(await reopened.imported.count()).toBe(0);
    expect(await reopened.drafts.count()).toBe(0);
    reopened.close();
  });

  it('refuses, deleting nothing from the database, while another connection holds it open', async () => {
    await fill();
    const other = new AirgapDatabase(db.name);
    await other.open();
    // A window that never closes its connection: fake-indexeddb, like a browser, then reports the delete blocked.
    other.on('versionchange', () => false);
    await expect(eraseAllData(db, storageWith({}))).rejects.toThrow(/Another Airgap window/);
    expect(await other.annotations.count()).toBe(3);
    other.close();
  });
});
