import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HighlightColor } from '../../archive/core/annotation';
import {
  AnnotationInputError,
  addAnnotation,
  annotationsByArticle,
  annotationsForArticle,
  deleteAnnotation,
  restoreAnnotation,
  setAsideAnnotations,
  updateAnnotation,
  type NewAnnotation,
} from './annotations';
import { AirgapDatabase } from './database';

let db: AirgapDatabase;
let counter = 0;

beforeEach(() => {
  db = new AirgapDatabase(`test-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

function passage(articleId: string, start: number, exact = 'drone data'): NewAnnotation {
  return {
    articleId,
    color: 'yellow',
    textHash: 'fnv1a64:0',
    quote: { type: 'TextQuoteSelector', exact, prefix: 'the ', suffix: ' went' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  };
}

describe('annotation store', () => {
  it('stores a highlight with id, empty note, no tags and equal timestamps', async () => {
    const now = new Date('2026-01-02T03:04:05.000Z');
    const saved = await addAnnotation(db, passage('a', 10), now);
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved).toMatchObject({
      note: '',
      tags: [],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(await db.annotations.get(saved.id)).toEqual(saved);
  });

  it('lists one article in reading order whatever the order of creation', async () => {
    await addAnnotation(db, passage('a', 50));
    await addAnnotation(db, passage('b', 0));
    await addAnnotation(db, passage('a', 5));
    await addAnnotation(db, passage('a', 20));
    const starts = (await annotationsForArticle(db, 'a')).map((x) => x.position.start);
    expect(starts).toEqual([5, 20, 50]);
  });

  it('groups the whole notebook by article', async () => {
    await addAnnotation(db, passage('a', 9));
    await addAnnotation(db, passage('b', 1));
    await addAnnotation(db, passage('a', 2));
    const groups = await annotationsByArticle(db);
    expect([...groups.keys()].sort()).toEqual(['a', 'b']);
    expect(groups.get('a')?.map((x) => x.position.start)).toEqual([2, 9]);
  });

  it('edits note, tags and colour and moves updatedAt only', async () => {
    const saved = await addAnnotation(db, passage('a', 1), new Date('2026-01-01T00:00:00Z'));
    await updateAnnotation(
      db,
      saved.id,
      { note: 'check this', tags: ['dji'], color: 'blue' },
      new Date('2026-02-01T00:00:00Z'),
    );
    const after = await db.annotations.get(saved.id);
    expect(after).toMatchObject({
      note: 'check this',
      tags: ['dji'],
      color: 'blue',
      createdAt: saved.createdAt,
    });
    expect(after?.updatedAt).toBe('2026-02-01T00:00:00.000Z');
  });

  it('refuses an unknown colour, an oversized note and an empty passage without storing anything', async () => {
    await expect(
      addAnnotation(db, { ...passage('a', 1), color: 'chartreuse' as HighlightColor }),
    ).rejects.toThrow(AnnotationInputError);
    await expect(addAnnotation(db, { ...passage('a', 1), note: 'x'.repeat(100_001) })).rejects.toThrow(
      /at most/,
    );
    await expect(addAnnotation(db, passage('a', 1, ''))).rejects.toThrow(/select some text/);
    expect(await db.annotations.count()).toBe(0);
  });

  it('says so when editing a highlight that was deleted', async () => {
    const saved = await addAnnotation(db, passage('a', 1));
    await deleteAnnotation(db, saved.id);
    await expect(updateAnnotation(db, saved.id, { note: 'x' })).rejects.toThrow(/no longer exists/);
  });

  it('brings a deleted highlight back unchanged on undo', async () => {
    const saved = await addAnnotation(db, passage('a', 1));
    await deleteAnnotation(db, saved.id);
    await restoreAnnotation(db, saved);
    expect(await db.annotations.get(saved.id)).toEqual(saved);
  });

  it('finds highlights by tag through the multi-entry index', async () => {
    const saved = await addAnnotation(db, { ...passage('a', 1), tags: ['policy', 'dji'] });
    await addAnnotation(db, { ...passage('a', 2), tags: ['other'] });
    const tagged = await db.annotations.where('tags').equals('dji').toArray();
    expect(tagged.map((x) => x.id)).toEqual([saved.id]);
  });
});

describe('reading damaged records', () => {
  it('shows every readable highlight of an article and sets the damaged ones aside, untouched', async () => {
    const good = await addAnnotation(db, passage('a', 10));
    const other = await addAnnotation(db, passage('b', 3));
    const damaged = [
      { ...good, id: 'no-position', position: undefined },
      { ...good, id: 'tags-text', tags: 'drones' },
      { ...good, id: 'null-prefix', quote: { ...good.quote, prefix: null } },
    ];
    // Written straight to the table, as an older release or a hand-edited profile could have left them.
    await db.annotations.bulkPut(damaged as unknown as (typeof good)[]);
    expect((await annotationsForArticle(db, 'a')).map((x) => x.id)).toEqual([good.id]);
    const groups = await annotationsByArticle(db);
    expect([...groups.keys()].sort()).toEqual(['a', 'b']);
    expect(groups.get('b')?.map((x) => x.id)).toEqual([other.id]);
    const setAside = await setAsideAnnotations(db);
    expect(setAside.map((r) => r.id).sort()).toEqual(['no-position', 'null-prefix', 'tags-text']);
    expect(setAside.find((r) => r.id === 'tags-text')?.raw).toMatchObject({ tags: 'drones' });
    expect(await db.annotations.count()).toBe(5);
  });
});
