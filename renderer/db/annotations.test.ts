import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotationsByArticle, annotationsForArticle, setAsideAnnotations } from './annotations';
import { AnnotationCommands } from './commands';
import { AirgapDatabase } from './database';
import { passage } from './test-support';

let db: AirgapDatabase;
let commands: AnnotationCommands;
let counter = 0;

beforeEach(() => {
  db = new AirgapDatabase(`reads-${++counter}`);
  commands = new AnnotationCommands(db);
});
afterEach(async () => {
  await db.delete();
});

describe('annotation reads', () => {
  it('lists one article in reading order whatever the order of creation', async () => {
    await commands.create(passage('a', 50));
    await commands.create(passage('b', 0));
    await commands.create(passage('a', 5));
    await commands.create(passage('a', 20));
    const starts = (await annotationsForArticle(db, 'a')).map((x) => x.position.start);
    expect(starts).toEqual([5, 20, 50]);
  });

  it('groups the whole notebook by article', async () => {
    await commands.create(passage('a', 9));
    await commands.create(passage('b', 1));
    await commands.create(passage('a', 2));
    const groups = await annotationsByArticle(db);
    expect([...groups.keys()].sort()).toEqual(['a', 'b']);
    expect(groups.get('a')?.map((x) => x.position.start)).toEqual([2, 9]);
  });

  it('finds highlights by tag through the multi-entry index', async () => {
    const saved = await commands.create({ ...passage('a', 1), tags: ['policy', 'dji'] });
    await commands.create({ ...passage('a', 2), tags: ['other'] });
    const tagged = await db.annotations.where('tags').equals('dji').toArray();
    expect(tagged.map((x) => x.id)).toEqual([saved.id]);
  });
});

describe('reading damaged records', () => {
  it('shows every readable highlight of an article and sets the damaged ones aside, untouched', async () => {
    const good = await commands.create(passage('a', 10));
    const other = await commands.create(passage('b', 3));
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
