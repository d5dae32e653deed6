import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImportFile, type ParsedFile } from '../../archive/core/import/formats';
import { AirgapDatabase } from './database';
import { deleteImported, getImported, loadImported, renameImported, saveImported } from './imported';

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
    const outcome = await saveImported(
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
    const first = await saveImported(db, parsed('a.txt', 'T\n\nSame text.'), 'a.txt');
    expect(await saveImported(db, parsed('a.txt', 'T\n\nSame text.'), 'a.txt')).toEqual({
      status: 'skipped',
      id: first.id,
      title: 'T',
      reason: 'it is already imported',
    });
    expect(await saveImported(db, parsed('b.txt', 'T\n\nSame text.'), 'b.txt')).toMatchObject({
      status: 'skipped',
      reason: 'it has the same text as a.txt',
    });
    expect(await db.imported.count()).toBe(1);
  });

  it('updates the article of a changed file in place, keeping its id and first import time', async () => {
    const first = await saveImported(db, parsed('a.txt', 'Old title\n\nOld text.'), 'a.txt', 1);
    const second = await saveImported(db, parsed('a.txt', 'New title\n\nNew text.'), 'a.txt', 2);
    expect(second).toEqual({ status: 'updated', id: first.id, title: 'New title' });
    expect(await getImported(db, first.id)).toMatchObject({
      title: 'New title',
      importedAt: 1,
      updatedAt: 2,
    });
    expect(await db.imported.count()).toBe(1);
  });

  it('sets aside a damaged record instead of failing the whole list', async () => {
    await saveImported(db, parsed('a.txt', 'Good\n\nText.'), 'a.txt');
    await db.imported.put({ id: 'imported-broken', title: 7 } as never);
    const { articles, unreadable } = await loadImported(db);
    expect(articles.map((a) => a.title)).toEqual(['Good']);
    expect(unreadable).toBe(1);
    expect(await db.imported.count()).toBe(2);
  });

  it('renames with a clean non-empty title and deletes', async () => {
    const { id } = await saveImported(db, parsed('a.txt', 'Title\n\nText.'), 'a.txt');
    await renameImported(db, id, '  New   name ');
    expect((await getImported(db, id))?.title).toBe('New name');
    await expect(renameImported(db, id, '   ')).rejects.toThrow(/empty/);
    await deleteImported(db, id);
    await expect(renameImported(db, id, 'x')).rejects.toThrow(/no longer/);
    expect(await getImported(db, id)).toBeUndefined();
  });
});
