import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HighlightColor } from '../../archive/core/annotations/annotation';
import { AnnotationInputError } from './annotation-input';
import { AnnotationCommands } from './commands';
import { AirgapDatabase } from './database';
import { passage } from './test-support';

let name: string;
let db: AirgapDatabase;
let counter = 0;
let clock = 0;
// A clock the test moves: edits 10 s apart are separate steps, edits 0.5 s apart are merged.
const now = () => new Date(Date.UTC(2026, 0, 1) + clock);
const later = (ms = 10_000) => (clock += ms);

beforeEach(() => {
  name = `commands-${++counter}`;
  db = new AirgapDatabase(name);
  clock = 0;
});
afterEach(async () => {
  await db.delete();
});

describe('AnnotationCommands', () => {
  it('stores a highlight with id, empty note, no tags and equal timestamps', async () => {
    const saved = await new AnnotationCommands(db, now).create(passage('a', 10));
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved).toMatchObject({
      note: '',
      tags: [],
      createdAt: now().toISOString(),
      updatedAt: now().toISOString(),
    });
    expect(await db.annotations.get(saved.id)).toEqual(saved);
  });

  it('refuses an unknown colour, an oversized note and an empty passage without storing anything', async () => {
    const commands = new AnnotationCommands(db, now);
    await expect(
      commands.create({ ...passage('a', 1), color: 'chartreuse' as HighlightColor }),
    ).rejects.toThrow(AnnotationInputError);
    await expect(commands.create({ ...passage('a', 1), note: 'x'.repeat(100_001) })).rejects.toThrow(
      /at most/,
    );
    await expect(commands.create(passage('a', 1, ''))).rejects.toThrow(/select some text/);
    expect(await db.annotations.count()).toBe(0);
    expect(commands.history.historyState().undoLabel).toBeUndefined();
  });

  it('edits note, tags and colour and moves updatedAt only', async () => {
    const commands = new AnnotationCommands(db, now);
    const saved = await commands.create(passage('a', 1));
    later();
    await commands.edit(saved, { note: 'check this', tags: ['dji'], color: 'blue' });
    expect(await db.annotations.get(saved.id)).toEqual({
      ...saved,
      note: 'check this',
      tags: ['dji'],
      color: 'blue',
      updatedAt: now().toISOString(),
    });
  });

  it('undoes and redoes a creation, an edit and a deletion, restoring each highlight exactly', async () => {
    const commands = new AnnotationCommands(db, now);
    const saved = await commands.create(passage('a', 1));
    later();
    await commands.edit(saved, { note: 'first' });
    const edited = await db.annotations.get(saved.id);
    later();
    await commands.remove(saved.id);
    expect(commands.history.historyState().undoLabel).toBe('Delete highlight');

    await commands.history.undo();
    expect(await db.annotations.get(saved.id)).toEqual(edited);
    await commands.history.undo();
    expect((await db.annotations.get(saved.id))?.note).toBe('');
    await commands.history.undo();
    expect(await db.annotations.get(saved.id)).toBeUndefined();
    expect(await commands.history.undo()).toBeUndefined();

    await commands.history.redo();
    expect(await db.annotations.get(saved.id)).toEqual(saved);
    await commands.history.redo();
    expect((await db.annotations.get(saved.id))?.note).toBe('first');
    await commands.history.redo();
    expect(await db.annotations.get(saved.id)).toBeUndefined();
    expect(commands.history.historyState()).toEqual({ undoLabel: 'Delete highlight', redoLabel: undefined });
  });

  it('merges rapid saves of one note into one undo step', async () => {
    const commands = new AnnotationCommands(db, now);
    const saved = await commands.create(passage('a', 1));
    later();
    let base = saved;
    for (const note of ['d', 'dr', 'dro', 'drone']) {
      await commands.edit(base, { note });
      base = (await db.annotations.get(saved.id))!;
      later(500);
    }
    await commands.history.undo();
    expect((await db.annotations.get(saved.id))?.note).toBe('');
    expect(commands.history.historyState().undoLabel).toBe('Highlight');
  });

  it('says so, and stores nothing, when editing a highlight deleted in another window', async () => {
    const mine = new AnnotationCommands(db, now);
    const other = new AnnotationCommands(new AirgapDatabase(name), now);
    const saved = await mine.create(passage('a', 1));
    await other.remove(saved.id);
    await expect(mine.edit(saved, { note: 'typed here' })).rejects.toThrow(/deleted in another window/);
    expect(await db.annotations.count()).toBe(0);
  });

  it("keeps both windows' edits to different fields of one highlight", async () => {
    const windowA = new AnnotationCommands(db, now);
    const windowB = new AnnotationCommands(new AirgapDatabase(name), now);
    const saved = await windowA.create(passage('a', 1));
    later();
    await windowB.edit(saved, { tags: ['from-b'] });
    later();
    // Window A still shows the highlight as created and only picks a colour.
    expect((await windowA.edit(saved, { color: 'green', note: '', tags: [] })).notice).toBeUndefined();
    expect(await db.annotations.get(saved.id)).toMatchObject({ color: 'green', tags: ['from-b'] });
  });

  it('lets the later edit of the same field win, says so, and brings the other back on undo', async () => {
    const windowA = new AnnotationCommands(db, now);
    const windowB = new AnnotationCommands(new AirgapDatabase(name), now);
    const saved = await windowA.create(passage('a', 1));
    later();
    await windowB.edit(saved, { note: 'B wrote this' });
    later();
    const outcome = await windowA.edit(saved, { note: 'A wrote this' });
    expect(outcome.notice).toMatch(/note had also been changed in another window/);
    expect((await db.annotations.get(saved.id))?.note).toBe('A wrote this');
    await windowA.history.undo();
    expect((await db.annotations.get(saved.id))?.note).toBe('B wrote this');
  });

  it('undo keeps what another window changed since, field by field', async () => {
    const windowA = new AnnotationCommands(db, now);
    const windowB = new AnnotationCommands(new AirgapDatabase(name), now);
    const saved = await windowA.create(passage('a', 1));
    later();
    await windowA.edit(saved, { color: 'blue', note: 'mine' });
    later();
    const afterA = (await db.annotations.get(saved.id))!;
    await windowB.edit(afterA, { note: 'theirs' });
    later();
    const outcome = await windowA.history.undo();
    expect(outcome?.notice).toMatch(/note from another window/);
    expect(await db.annotations.get(saved.id)).toMatchObject({ color: 'yellow', note: 'theirs' });
  });

  it('refuses to edit a damaged stored record and leaves it as it was', async () => {
    const commands = new AnnotationCommands(db, now);
    const saved = await commands.create(passage('a', 1));
    const damaged = { ...saved, tags: 'not-a-list' };
    await db.annotations.put(damaged as unknown as typeof saved);
    await expect(commands.edit(saved, { note: 'x' })).rejects.toThrow(/stored record is damaged/);
    expect(await db.annotations.get(saved.id)).toEqual(damaged);
  });
});

describe('restoring a backup', () => {
  it('adds what is missing, keeps the newer version, deletes nothing, and undoes as one step', async () => {
    const commands = new AnnotationCommands(db, now);
    const kept = await commands.create(passage('a', 1));
    const changed = await commands.create(passage('a', 20));
    later();
    const newer = {
      ...changed,
      note: 'from the backup',
      updatedAt: new Date(Date.UTC(2027, 0, 1)).toISOString(),
    };
    const missing = { ...kept, id: 'from-backup', position: { ...kept.position, start: 40, end: 50 } };
    const result = await commands.restoreBackup([kept, newer, missing]);
    expect(result).toEqual({ added: 1, updated: 1, skipped: 1 });
    expect(await db.annotations.count()).toBe(3);
    expect((await db.annotations.get(changed.id))?.note).toBe('from the backup');
    expect(commands.history.historyState().undoLabel).toBe('Restore from backup');
    expect(await commands.restoreBackup([kept, newer, missing])).toEqual({
      added: 0,
      updated: 0,
      skipped: 3,
    });

    await commands.history.undo();
    expect(await db.annotations.get('from-backup')).toBeUndefined();
    expect((await db.annotations.get(changed.id))?.note).toBe('');
    expect(await db.annotations.get(kept.id)).toEqual(kept);
  });

  it('moves the highlights of one library to a newer edition as one step, which Undo and Redo take back and forth', async () => {
    const [old, next, other] = ['a', 'b', 'c'].map((c) => c.repeat(32)) as [string, string, string];
    const commands = new AnnotationCommands(db, now);
    const kept = await commands.create(passage(`zim:${other}/A/Kivu.html`, 1));
    const first = await commands.create(passage(`zim:${old}/A/Kivu.html`, 5));
    const second = await commands.create(passage(`zim:${old}/A/Booz_Allen.html`, 9));
    later();
    const moved = await commands.moveToEdition(old, next);
    expect(moved.map((a) => a.articleId).sort()).toEqual([
      `zim:${next}/A/Booz_Allen.html`,
      `zim:${next}/A/Kivu.html`,
    ]);
    expect(commands.history.historyState().undoLabel).toBe('Move 2 highlights to new edition');
    expect((await db.annotations.get(kept.id))?.articleId).toBe(`zim:${other}/A/Kivu.html`);
    await commands.history.undo();
    expect((await db.annotations.get(first.id))?.articleId).toBe(`zim:${old}/A/Kivu.html`);
    expect((await db.annotations.get(second.id))?.articleId).toBe(`zim:${old}/A/Booz_Allen.html`);
    await commands.history.redo();
    expect((await db.annotations.get(first.id))?.articleId).toBe(`zim:${next}/A/Kivu.html`);
    expect(await commands.moveToEdition(old, next)).toEqual([]);
  });
});
