import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandHistory } from './command-history';
import { AirgapDatabase, type ZimRecord } from './database';
import { LibraryCommands } from './library-commands';
import { LibraryEvents } from './library-events';
import { isZimRecord, loadZims } from './zims';

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
});
