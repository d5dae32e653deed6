import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandHistory } from './command-history';
import { AirgapDatabase, type ZimPartRecord, type ZimRecord } from './database';
import { LibraryCommands } from './library-commands';
import { LibraryEvents } from './library-events';
import { isZimRecord, loadZimPart, loadZims, zimIndexSummary, zimPartSummaries } from './zims';

let db: AirgapDatabase;
let counter = 0;
beforeEach(() => {
  db = new AirgapDatabase(`zims-test-${++counter}`);
});
afterEach(() => db.delete());

const zim = (uuid: string, title: string, addedAt: number): ZimRecord => ({
  uuid: uuid.repeat(32).slice(0, 32),
  fileName: `${title}.zim`,
  size: 1000,
  title,
  articleCount: 3,
  language: 'eng',
  addedAt,
});

describe('Kiwix libraries in storage', () => {
  it('adds a library once (adding its file again refreshes it), removes it, and undoes both', async () => {
    const history = new CommandHistory();
    const library = new LibraryCommands(db, new LibraryEvents(), () => 5, history);
    await library.addZim(zim('a', 'Wikipedia', 1));
    await library.addZim({ ...zim('a', 'Wikipedia (new)', 2) });
    expect((await loadZims(db)).zims).toEqual([{ ...zim('a', 'Wikipedia (new)', 1) }]);
    expect(history.historyState().undoLabel).toBe('Add library');
    await library.removeZim(zim('a', '', 0).uuid);
    expect((await loadZims(db)).zims).toEqual([]);
    await history.undo();
    expect((await loadZims(db)).zims.map((z) => z.title)).toEqual(['Wikipedia (new)']);
    await history.undo();
    expect((await loadZims(db)).zims).toEqual([]);
  });

  it('lists libraries oldest first and sets aside a damaged record without deleting it', async () => {
    await db.zims.bulkPut([zim('b', 'Second', 2), zim('a', 'First', 1)]);
    await db.zims.put({ uuid: 'c'.repeat(32), title: 7 } as never);
    await db.zims.put({ ...zim('d', 'Sneaky', 3), illustration: 'https://example.com/x.png' });
    const { zims, unreadable } = await loadZims(db);
    expect(zims.map((z) => z.title)).toEqual(['First', 'Second']);
    expect(unreadable).toBe(2);
    expect(await db.zims.count()).toBe(4);
  });

  it('accepts only records whose UUID is 32 hex digits and whose illustration is an image data URL', () => {
    expect(isZimRecord(zim('a', 'A', 1))).toBe(true);
    expect(isZimRecord({ ...zim('a', 'A', 1), uuid: 'not-a-uuid' })).toBe(false);
    expect(isZimRecord({ ...zim('a', 'A', 1), illustration: 'data:image/png;base64,AA==' })).toBe(true);
    expect(isZimRecord({ ...zim('a', 'A', 1), illustration: 'data:text/html,<script>' })).toBe(false);
    expect(isZimRecord(null)).toBe(false);
  });

  it("keeps a library's index part by part, summarised without its bytes, and drops it with the library", async () => {
    const library = new LibraryCommands(db, new LibraryEvents(), () => 5, new CommandHistory());
    const uuid = zim('a', '', 0).uuid;
    const part = (n: number, parts = 3, builtAt = 10): ZimPartRecord => ({
      uuid,
      part: n,
      parts,
      totalPages: 9,
      index: new Uint8Array(4),
      positions: new Uint8Array(2),
      articles: 3 - (n === 1 ? 1 : 0),
      skipped: n === 1 ? 1 : 0,
      builtAt: builtAt + n,
    });
    await library.saveZimPart(part(0));
    expect(await zimIndexSummary(db, uuid)).toBeUndefined(); // No library, no index.
    await library.addZim(zim('a', 'Wikipedia', 1));
    await library.saveZimPart(part(0));
    await library.saveZimPart(part(1));
    expect(await zimIndexSummary(db, uuid)).toEqual({
      built: [0, 1],
      parts: 3,
      totalPages: 9,
      articles: 5,
      skipped: 1,
    });
    expect((await zimPartSummaries(db)).map((p) => [p.part, p.builtAt])).toEqual([
      [0, 10],
      [1, 11],
    ]);
    // A part built again replaces itself; a part of another split of the pages clears the old split.
    await library.saveZimPart(part(1, 3, 20));
    expect((await zimPartSummaries(db, uuid)).map((p) => p.builtAt)).toEqual([10, 21]);
    await library.saveZimPart(part(0, 1, 30));
    expect((await zimIndexSummary(db, uuid))?.built).toEqual([0]);
    expect((await loadZimPart(db, uuid, 0))?.builtAt).toBe(30);
    await library.dropZimIndex(uuid);
    expect(await zimIndexSummary(db, uuid)).toBeUndefined();
    await library.saveZimPart(part(0));
    await library.removeZim(uuid);
    expect(await db.zimParts.count()).toBe(0);
  });

  it('leaves out a damaged part rather than failing the library', async () => {
    const uuid = zim('a', '', 0).uuid;
    await db.zimParts.put({
      uuid,
      part: 0,
      parts: 1,
      totalPages: 1,
      articles: 1,
      skipped: 0,
      builtAt: 1,
    } as never);
    expect(await loadZimPart(db, uuid, 0)).toBeUndefined();
  });
});
