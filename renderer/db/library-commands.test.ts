import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImportFile, type ParsedFile } from '../../archive/core/import/formats';
import { AirgapDatabase } from './database';
import { getImported, loadImported } from './imported';
import { CommandHistory } from './command-history';
import { storeImported } from './imported-store';
import { LibraryCommands } from './library-commands';
import { LibraryEvents, type ChannelLike, type LibraryChange } from './library-events';

let db: AirgapDatabase;
let counter = 0;
beforeEach(() => {
  db = new AirgapDatabase(`imported-test-${++counter}`);
});
afterEach(() => db.delete());

function parsed(name: string, text: string): ParsedFile {
  const outcome = readImportFile(name, new TextEncoder().encode(text));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.file;
}

describe('imported article store', () => {
  it('stores a new file as an imported article with a prefixed id and the Imported source', async () => {
    const outcome = await storeImported(
      db,
      parsed('a.txt', 'Drone audit\n\nNo data left.'),
      'notes/a.txt',
      1000,
    );
    expect(outcome).toMatchObject({ status: 'imported', title: 'Drone audit' });
    const stored = await getImported(db, outcome.id);
    expect(stored).toMatchObject({
      id: expect.stringMatching(/^imported-drone-audit-[0-9a-f]{8}$/),
      source: 'Imported',
      fileName: 'notes/a.txt',
      importedAt: 1000,
      blocks: [{ kind: 'paragraph', text: 'No data left.' }],
    });
  });

  it('skips the same text imported again, under its own or another name, saying why', async () => {
    const first = await storeImported(db, parsed('a.txt', 'T\n\nSame text.'), 'a.txt');
    expect(await storeImported(db, parsed('a.txt', 'T\n\nSame text.'), 'a.txt')).toEqual({
      status: 'skipped',
      id: first.id,
      title: 'T',
      reason: 'it is already imported',
    });
    expect(await storeImported(db, parsed('b.txt', 'T\n\nSame text.'), 'b.txt')).toMatchObject({
      status: 'skipped',
      reason: 'it has the same text as a.txt',
    });
    expect(await db.imported.count()).toBe(1);
  });

  it('updates the article of a changed file in place, keeping its id and first import time', async () => {
    const first = await storeImported(db, parsed('a.txt', 'Old title\n\nOld text.'), 'a.txt', 1);
    const second = await storeImported(db, parsed('a.txt', 'New title\n\nNew text.'), 'a.txt', 2);
    expect(second).toMatchObject({ status: 'updated', id: first.id, title: 'New title' });
    expect(second.status === 'updated' && second.previous.title).toBe('Old title');
    expect(await getImported(db, first.id)).toMatchObject({
      title: 'New title',
      importedAt: 1,
      updatedAt: 2,
    });
    expect(await db.imported.count()).toBe(1);
  });

  it('sets aside a damaged record instead of failing the whole list', async () => {
    await storeImported(db, parsed('a.txt', 'Good\n\nText.'), 'a.txt');
    await db.imported.put({ id: 'imported-broken', title: 7 } as never);
    const { articles, unreadable } = await loadImported(db);
    expect(articles.map((a) => a.title)).toEqual(['Good']);
    expect(unreadable).toBe(1);
    expect(await db.imported.count()).toBe(2);
  });
});

/** A window's command layers over `db`: one history, one change stream whose changes are collected. */
function window(database: AirgapDatabase, channel?: ChannelLike) {
  let clock = 1_000;
  const events = new LibraryEvents(channel);
  const changes: LibraryChange[] = [];
  events.subscribe((c) => changes.push(c));
  const history = new CommandHistory(() => clock);
  const library = new LibraryCommands(database, events, () => (clock += 10_000), history);
  return { library, history, changes };
}

describe('LibraryCommands', () => {
  it('renames with a clean non-empty title, retags, deletes, and says why it cannot', async () => {
    const { library } = window(db);
    const { id } = await storeImported(db, parsed('a.txt', 'Title\n\nText.'), 'a.txt');
    await library.rename(id, '  New   name ');
    expect((await getImported(db, id))?.title).toBe('New name');
    await expect(library.rename(id, '   ')).rejects.toThrow(/empty/);
    await library.retag(id, ['#drones', ' data  security', 'drones', '']);
    expect((await getImported(db, id))?.tags).toEqual(['drones', 'data security']);
    await library.remove(id);
    await expect(library.rename(id, 'x')).rejects.toThrow(/no longer/);
    expect(await getImported(db, id)).toBeUndefined();
  });

  it('undoes and redoes a rename, a retag and a delete in reverse order, announcing each change', async () => {
    const { library, history, changes } = window(db);
    const { id } = await storeImported(db, parsed('a.txt', 'Title\n\nText.'), 'a.txt');
    const original = await getImported(db, id);
    await library.rename(id, 'Renamed');
    await library.retag(id, ['x']);
    await library.remove(id);
    expect(history.historyState()).toEqual({ undoLabel: 'Delete article', redoLabel: undefined });
    await history.undo();
    expect(await getImported(db, id)).toMatchObject({ title: 'Renamed', tags: ['x'] });
    await history.undo();
    await history.undo();
    expect(await getImported(db, id)).toEqual(original);
    expect(history.historyState()).toEqual({ undoLabel: undefined, redoLabel: 'Rename article' });
    await history.redo();
    await history.redo();
    await history.redo();
    expect(await getImported(db, id)).toBeUndefined();
    expect(changes).toHaveLength(9);
    expect(changes.every((c) => c.ids.length === 1 && c.ids[0] === id && c.origin === 'here')).toBe(true);
  });

  it('records an import as one step: Undo removes new articles and puts updated ones back', async () => {
    const { library, history, changes } = window(db);
    const old = await storeImported(db, parsed('a.txt', 'Old\n\nOld text.'), 'a.txt');
    const b = await storeImported(db, parsed('b.txt', 'B\n\nB text.'), 'b.txt');
    const items = [
      await storeImported(db, parsed('a.txt', 'New\n\nNew text.'), 'a.txt'),
      b,
      await storeImported(db, parsed('c.txt', 'B\n\nB text.'), 'c.txt'),
      { status: 'refused', reason: 'not a text file' },
    ];
    await library.recordImport(items);
    expect(history.historyState().undoLabel).toBe('Import 2 files');
    expect(changes.at(-1)?.ids).toEqual([old.id, b.id]);
    await history.undo();
    expect((await getImported(db, old.id))?.title).toBe('Old');
    expect(await db.imported.count()).toBe(1);
    await history.redo();
    expect((await loadImported(db)).articles.map((a) => a.title).sort()).toEqual(['B', 'New']);
  });

  it('keeps an article another window changed since, and says so, instead of undoing over it', async () => {
    const mine = window(db);
    const other = window(db);
    const { id } = await storeImported(db, parsed('a.txt', 'Title\n\nText.'), 'a.txt');
    await mine.library.rename(id, 'Mine');
    await other.library.rename(id, 'Theirs');
    const outcome = await mine.history.undo();
    expect(outcome?.notice).toMatch(/Kept changes made elsewhere: “Theirs”, changed in another window/);
    expect((await getImported(db, id))?.title).toBe('Theirs');
  });

  it('deletes a whole source as one step and leaves damaged records alone', async () => {
    const { library, history } = window(db);
    await storeImported(db, parsed('a.txt', 'A\n\nText a.'), 'a.txt');
    await storeImported(db, parsed('b.txt', 'B\n\nText b.'), 'b.txt');
    await db.imported.put({ id: 'imported-broken', title: 7 } as never);
    expect(await library.removeSource('Imported')).toBe(2);
    expect(await db.imported.count()).toBe(1);
    await history.undo();
    expect(await db.imported.count()).toBe(3);
  });

  it('refuses to rename or delete a damaged record, keeping it as it is', async () => {
    const { library } = window(db);
    await db.imported.put({ id: 'imported-broken', title: 7 } as never);
    await expect(library.rename('imported-broken', 'x')).rejects.toThrow(/damaged/);
    await expect(library.remove('imported-broken')).rejects.toThrow(/damaged/);
    expect(await db.imported.get('imported-broken')).toEqual({ id: 'imported-broken', title: 7 });
  });

  it('tells the other windows, which hear the change as coming from elsewhere', async () => {
    const [a, b] = linkedChannels();
    const here = window(db, a);
    const there = window(db, b);
    const { id } = await storeImported(db, parsed('a.txt', 'Title\n\nText.'), 'a.txt');
    await here.library.rename(id, 'Renamed');
    expect(there.changes).toEqual([{ ids: [id], origin: 'elsewhere' }]);
    expect(here.changes).toEqual([{ ids: [id], origin: 'here' }]);
  });
});

/** Two channels that deliver each other's messages, cloned as a BroadcastChannel does. */
function linkedChannels(): [ChannelLike, ChannelLike] {
  const a: ChannelLike = { onmessage: null, postMessage: (m) => b.onmessage?.(event(m)) };
  const b: ChannelLike = { onmessage: null, postMessage: (m) => a.onmessage?.(event(m)) };
  return [a, b];
}

const event = (data: unknown): MessageEvent => ({ data: structuredClone(data) }) as MessageEvent;
