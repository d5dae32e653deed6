import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { annotationsForArticle, setAsideAnnotations } from './annotations';
import { AnnotationCommands } from './commands';
import { AirgapDatabase } from './database';
import { draftsForArticle, keepDraft } from './drafts';
import { getImported } from './imported';
import { loadZimPart, loadZims, zimIndexSummary } from './zims';
import v1 from './fixtures/schema-v1.json';
import v2 from './fixtures/schema-v2.json';
import { plainText } from '../../archive/core/articles/article';
import { anchor, type AnchorTarget } from '../../archive/core/annotations/anchoring';

interface Fixture {
  version: number;
  stores: Record<string, string>;
  rows: Record<string, unknown[]>;
}

let names: string[] = [];
afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

// Recreates a profile as an earlier release left it: that release's schema, then its rows, written raw.
async function earlierProfile(fixture: Fixture): Promise<string> {
  const name = `migration-v${fixture.version}-${names.length}-${Math.random()}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  for (const [store, rows] of Object.entries(fixture.rows)) await old.table(store).bulkPut(rows);
  old.close();
  return name;
}

describe('schema migrations', () => {
  it.each([
    ['v1', v1 as Fixture],
    ['v2', v2 as Fixture],
  ])('opens a %s profile in place, keeping every record and adding the newer tables', async (_, fixture) => {
    const name = await earlierProfile(fixture);
    const db = new AirgapDatabase(name);
    await db.open();
    for (const [store, rows] of Object.entries(fixture.rows)) {
      expect(await db.table(store).toArray()).toEqual(expect.arrayContaining(rows));
      expect(await db.table(store).count()).toBe(rows.length);
    }
    // Indexes from the old schema still answer, and the tables added since exist and work.
    const article = (fixture.rows.annotations![0] as { articleId: string }).articleId;
    expect((await annotationsForArticle(db, article)).length).toBeGreaterThan(0);
    const first = (await annotationsForArticle(db, article))[0]!;
    await keepDraft(db, {
      annotationId: first.id,
      articleId: article,
      base: first,
      color: 'pink',
      note: 'n',
      tags: '',
      updatedAt: '2026-12-02T00:00:00.000Z',
    });
    expect(await draftsForArticle(db, article)).toHaveLength(1);
    await new AnnotationCommands(db).edit(first, { note: 'edited after the upgrade' });
    expect((await loadZims(db)).zims).toEqual([]);
    db.close();
  });

  it('sets aside, untouched, a v1 record that release let a hand edit damage', async () => {
    const db = new AirgapDatabase(await earlierProfile(v1 as Fixture));
    const setAside = await setAsideAnnotations(db);
    expect(setAside.map((r) => r.id)).toEqual(['hand-edited-record']);
    expect(setAside[0]!.reason).toMatch(/tags/);
    expect(
      (await annotationsForArticle(db, 'no-evidence-of-drone-data-going-to-dji-or-china')).map((a) => a.note),
    ).toEqual(['Who paid for the audit?', '']);
    db.close();
  });

  it('reads a v2 imported article after the upgrade', async () => {
    const db = new AirgapDatabase(await earlierProfile(v2 as Fixture));
    expect(await getImported(db, 'imported-field-notes-1a2b3c4d')).toMatchObject({ title: 'Field notes' });
    db.close();
  });
});

// The richer article model (heading levels, lists, tables, links...) added fields beside the text and changed
// neither the text nor its offsets: articles stored before it read back exactly, and every highlight of an
// earlier release anchors where it was, by its quote and position, with no approximate search.
describe('the richer article model', () => {
  /** Where each stored highlight anchors in `text`: its quote and how it was found. */
  const anchored = (text: string, annotations: unknown[]) =>
    annotations
      .map((row) => row as AnchorTarget & { id: string; textHash?: string })
      .filter((row) => row.id !== 'hand-edited-record')
      .map((row) => {
        const found = anchor(text, row, row.textHash);
        return {
          stored: row.quote.exact,
          found: found && text.slice(found.range.start, found.range.end),
          method: found?.method,
        };
      });

  it('reads an article a v2 profile stored exactly as it was, and anchors its highlight where it was', async () => {
    const db = new AirgapDatabase(await earlierProfile(v2 as Fixture));
    const stored = (v2 as Fixture).rows.imported![0] as { blocks: unknown };
    const article = (await getImported(db, 'imported-field-notes-1a2b3c4d'))!;
    expect(article.blocks).toStrictEqual(stored.blocks);
    expect(anchored(plainText(article.blocks), (v2 as Fixture).rows.annotations!)).toEqual([
      { stored: 'flight logs', found: 'flight logs', method: 'position' },
    ]);
    db.close();
  });
});

describe('Kiwix indexes stored whole by version 5', () => {
  it('become the one part of their library, searchable as before', async () => {
    const uuid = 'a'.repeat(32);
    const name = await earlierProfile({
      version: 5,
      stores: {
        annotations: 'id, articleId, updatedAt, *tags',
        imported: 'id, contentHash, fileName, updatedAt',
        drafts: 'annotationId, articleId',
        zims: 'uuid, addedAt',
        zimIndexes: 'uuid',
      },
      rows: {
        zimIndexes: [
          {
            uuid,
            index: new Uint8Array([1, 2]),
            positions: new Uint8Array([3]),
            articles: 5,
            skipped: 1,
            builtAt: 7,
          },
        ],
      },
    });
    const db = new AirgapDatabase(name);
    expect(await zimIndexSummary(db, uuid)).toEqual({
      built: [0],
      parts: 1,
      totalPages: 6,
      articles: 5,
      skipped: 1,
    });
    expect((await loadZimPart(db, uuid, 0))?.index).toEqual(new Uint8Array([1, 2]));
    expect(db.tables.map((t) => t.name)).not.toContain('zimIndexes');
    db.close();
  });
});
