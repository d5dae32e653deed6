import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnotationCommands } from './commands';
import { AirgapDatabase } from './database';
import { discardDraft, draftsForArticle, keepDraft, type NoteDraft } from './drafts';
import { passage } from './test-support';

// localStorage as the page has it: synchronous, string values, shared by the page's code.
class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

let db: AirgapDatabase;
let counter = 0;

beforeEach(() => {
  db = new AirgapDatabase(`drafts-${++counter}`);
  const storage = new MemoryStorage();
  // Object.keys(localStorage) lists stored keys in a browser; the stand-in lists them the same way.
  Object.defineProperty(globalThis, 'localStorage', {
    value: new Proxy(storage, {
      ownKeys: () => [...Array(storage.length).keys()].map((i) => storage.key(i)!),
      getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
    }),
    configurable: true,
  });
});
afterEach(async () => {
  await db.delete();
});

async function draftOf(note: string, at: string): Promise<NoteDraft> {
  const base = await new AnnotationCommands(db).create(passage('a', 1));
  return { annotationId: base.id, articleId: 'a', base, color: 'yellow', note, tags: '', updatedAt: at };
}

describe('note drafts', () => {
  it('keeps only the latest of many rapid keystrokes, in IndexedDB and in the synchronous journal', async () => {
    const first = await draftOf('', '2026-01-01T00:00:00.000Z');
    const writes = ['d', 'dr', 'dro', 'drone'].map((note, i) =>
      keepDraft(db, { ...first, note, updatedAt: `2026-01-01T00:00:0${i}.000Z` }),
    );
    // Before any IndexedDB write has finished, the journal already has the last keystroke.
    expect((await draftsForArticle(db, 'a')).map((d) => d.note)).toEqual(['drone']);
    await Promise.all(writes);
    expect((await db.drafts.get(first.annotationId))?.note).toBe('drone');
  });

  it('forgets a discarded draft everywhere', async () => {
    const draft = await draftOf('typed', '2026-01-01T00:00:00.000Z');
    await keepDraft(db, draft);
    await discardDraft(db, draft.annotationId);
    expect(await draftsForArticle(db, 'a')).toEqual([]);
    expect(await db.drafts.count()).toBe(0);
  });

  it('skips a damaged draft without deleting it, and lists the others newest first', async () => {
    const older = await draftOf('older', '2026-01-01T00:00:00.000Z');
    const newer = await draftOf('newer', '2026-01-02T00:00:00.000Z');
    await keepDraft(db, older);
    await keepDraft(db, newer);
    await db.drafts.put({ ...older, annotationId: 'broken', note: 42 } as unknown as NoteDraft);
    expect((await draftsForArticle(db, 'a')).map((d) => d.note)).toEqual(['newer', 'older']);
    expect(await db.drafts.count()).toBe(3);
  });
});
