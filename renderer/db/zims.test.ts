import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandHistory } from './command-history';
import { AirgapDatabase, type ZimPartRecord, type ZimRecord } from './database';
import { LibraryCommands } from './library-commands';
import { LibraryEvents } from './library-events';
import fc from 'fast-check';
import {
  isZimRecord,
  loadZimPart,
  loadZims,
  movedLibraries,
  zimIndexSummary,
  zimPartSummaries,
} from './zims';

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

  it('hides a library from search and shows it again, each one step of Undo, telling search each time', async () => {
    const history = new CommandHistory();
    const events = new LibraryEvents();
    const heard: string[][] = [];
    events.subscribe((change) => heard.push([...change.ids]));
    const library = new LibraryCommands(db, events, () => 5, history);
    const uuid = zim('a', '', 0).uuid;
    await library.addZim(zim('a', 'Wikipedia', 1));
    await library.setZimHidden(uuid, true);
    expect((await loadZims(db)).zims[0]!.hidden).toBe(true);
    expect(history.historyState().undoLabel).toBe('Hide library from search');
    await library.setZimHidden(uuid, true); // Already hidden: nothing to record.
    expect(history.historyState().undoLabel).toBe('Hide library from search');
    await history.undo();
    expect((await loadZims(db)).zims[0]!.hidden).toBeUndefined();
    await history.redo();
    await library.setZimHidden(uuid, false);
    expect((await loadZims(db)).zims[0]!.hidden).toBe(false);
    expect(history.historyState().undoLabel).toBe('Show library in search');
    expect(heard.filter((ids) => ids.includes(`zim:${uuid}`)).length).toBeGreaterThanOrEqual(4);
  });

  it('moves a library up and down in the user’s order, clamped at the ends, one step of Undo', async () => {
    const history = new CommandHistory();
    const library = new LibraryCommands(db, new LibraryEvents(), () => 5, history);
    for (const [id, title, at] of [
      ['a', 'A', 1],
      ['b', 'B', 2],
      ['c', 'C', 3],
    ] as const)
      await library.addZim(zim(id, title, at));
    const titles = async () => (await loadZims(db)).zims.map((z) => z.title).join('');
    await library.moveZim(zim('c', '', 0).uuid, -1);
    expect(await titles()).toBe('ACB');
    // Another window hides A meanwhile: undoing the move here does not show it again.
    const other = new LibraryCommands(db, new LibraryEvents(), () => 6, new CommandHistory());
    await other.setZimHidden(zim('a', '', 0).uuid, true);
    await history.undo();
    expect(await titles()).toBe('ABC');
    expect((await loadZims(db)).zims[0]!.hidden).toBe(true);
    await other.setZimHidden(zim('a', '', 0).uuid, false);
    await history.redo();
    expect(await titles()).toBe('ACB');
    await library.moveZim(zim('c', '', 0).uuid, -5);
    expect(await titles()).toBe('CAB');
    await library.moveZim(zim('c', '', 0).uuid, -1); // Already first.
    expect(await titles()).toBe('CAB');
    expect(history.historyState().undoLabel).toBe('Move library');
    await history.undo();
    expect(await titles()).toBe('ACB');
    await history.undo();
    expect(await titles()).toBe('ABC');
    // Its file added again (after every restart) keeps its place and whether it is hidden.
    await library.setZimHidden(zim('b', '', 0).uuid, true);
    await library.moveZim(zim('b', '', 0).uuid, -1);
    await library.addZim(zim('b', 'B (from its file)', 9));
    expect(await titles()).toBe('B (from its file)AC');
    expect((await loadZims(db)).zims[0]).toMatchObject({ hidden: true, rank: 0, addedAt: 2 });
    await history.undo();
    await history.undo();
    // A library added later comes after the ones the user placed.
    await library.moveZim(zim('b', '', 0).uuid, 1);
    await library.addZim(zim('d', 'D', 4));
    // Undo put back only the choices it had changed: the title read from the file again stays.
    expect(await titles()).toBe('ACB (from its file)D');
  });

  it('moves exactly one library to its clamped place and keeps the others in order, for any list', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.nat(7),
        fc.integer({ min: -10, max: 10 }),
        (n, at, offset) => {
          const zims = Array.from({ length: n }, (_, i) => zim(String.fromCharCode(97 + i), `Z${i}`, i));
          const uuid = zims[at % n]!.uuid;
          const changed = movedLibraries(zims, uuid, offset);
          const after = zims.map((z) => changed.find((c) => c.uuid === z.uuid) ?? z);
          const order = [...after].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99) || a.addedAt - b.addedAt);
          const expected = zims.filter((z) => z.uuid !== uuid);
          expected.splice(Math.max(0, Math.min(n - 1, (at % n) + offset)), 0, zims[at % n]!);
          expect(order.map((z) => z.uuid)).toEqual(expected.map((z) => z.uuid));
        },
      ),
    );
  });

  it('sets aside a record whose hidden or rank is not what it should be', () => {
    expect(isZimRecord({ ...zim('a', 'A', 1), hidden: true, rank: 2 })).toBe(true);
    expect(isZimRecord({ ...zim('a', 'A', 1), hidden: 'yes' })).toBe(false);
    expect(isZimRecord({ ...zim('a', 'A', 1), rank: 1.5 })).toBe(false);
    expect(isZimRecord({ ...zim('a', 'A', 1), rank: '1' })).toBe(false);
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
    // Bytes are stored as Blobs and read back as bytes; a part stored as bytes (before Blobs) reads the same.
    expect((await db.zimParts.get([uuid, 0]))?.index).toBeInstanceOf(Blob);
    expect((await loadZimPart(db, uuid, 0))?.index).toEqual(new Uint8Array(4));
    await db.zimParts.put({ ...part(1, 1, 40), part: 0, index: new Uint8Array([7]) });
    expect((await loadZimPart(db, uuid, 0))?.index).toEqual(new Uint8Array([7]));
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

  it('drops a damaged part of a library when another part is saved', async () => {
    const library = new LibraryCommands(db, new LibraryEvents(), () => 5, new CommandHistory());
    const record = zim('a', 'Wikipedia', 1);
    await library.addZim(record);
    const uuid = record.uuid;
    const bytes = { index: new Uint8Array(4), positions: new Uint8Array(2) };
    // No builtAt: the part is in no summary, so nothing can say which split it belongs to.
    await db.zimParts.put({
      uuid,
      part: 2,
      parts: 3,
      totalPages: 9,
      articles: 1,
      skipped: 0,
      ...bytes,
    } as never);
    await db.zimParts.put({ uuid: 'other', part: 2, parts: 3, totalPages: 9, ...bytes } as never);
    await library.saveZimPart({
      uuid,
      part: 0,
      parts: 3,
      totalPages: 9,
      articles: 3,
      skipped: 0,
      builtAt: 1,
      ...bytes,
    });
    expect(await db.zimParts.where('uuid').equals(uuid).primaryKeys()).toEqual([[uuid, 0]]);
    expect(await db.zimParts.where('uuid').equals('other').count()).toBe(1);
  });
});
