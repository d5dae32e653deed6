import type { ParsedFile } from '../../archive/core/import/formats';
import {
  parseImportedArticle,
  toImportedArticle,
  type ImportedArticle,
} from '../../archive/core/import/imported-article';
import type { AirgapDatabase } from './database';

/** What storing one parsed file did: a new article, an update of the one imported from the same file, or nothing. */
export type SaveOutcome =
  | { status: 'imported' | 'updated'; id: string; title: string }
  | { status: 'skipped'; id: string; title: string; reason: string };

/**
 * Stores a parsed file in one transaction: text already imported (same hash) is skipped, a file imported
 * before under the same name with other text updates that article (keeping its id, so its notes stay
 * attached), anything else becomes a new article.
 */
export async function saveImported(
  db: AirgapDatabase,
  parsed: ParsedFile,
  fileName: string,
  now: number = Date.now(),
): Promise<SaveOutcome> {
  return db.transaction('rw', db.imported, async () => {
    const same = await db.imported.where('contentHash').equals(parsed.contentHash).first();
    if (same) {
      const reason =
        same.fileName === fileName ? 'it is already imported' : `it has the same text as ${same.fileName}`;
      return { status: 'skipped', id: same.id, title: same.title, reason };
    }
    const previous = await db.imported.where('fileName').equals(fileName).first();
    const article = toImportedArticle(parsed, fileName, now, previous);
    await db.imported.put(article);
    return { status: previous ? 'updated' : 'imported', id: article.id, title: article.title };
  });
}

/** Every imported article that reads back valid, and how many records could not be read. */
export async function loadImported(
  db: AirgapDatabase,
): Promise<{ articles: ImportedArticle[]; unreadable: number }> {
  const articles: ImportedArticle[] = [];
  let unreadable = 0;
  for (const raw of await db.imported.toArray()) {
    try {
      articles.push(parseImportedArticle(raw));
    } catch {
      unreadable++; // Set aside, never deleted: a later version may read it, and it is the user's data.
    }
  }
  return { articles, unreadable };
}

/** One imported article, checked; undefined when there is none with that id or it cannot be read. */
export async function getImported(db: AirgapDatabase, id: string): Promise<ImportedArticle | undefined> {
  const raw = await db.imported.get(id);
  if (raw === undefined) return undefined;
  return parseImportedArticle(raw);
}

/** Gives an imported article a new title; throws if the title is empty or the article is gone. */
export async function renameImported(
  db: AirgapDatabase,
  id: string,
  title: string,
  now = Date.now(),
): Promise<void> {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new Error('a title cannot be empty');
  if ((await db.imported.update(id, { title: clean, updatedAt: now })) === 0) {
    throw new Error('this article is no longer in the library');
  }
}

/** Removes an imported article; its highlights stay in the notebook until the user deletes them. */
export async function deleteImported(db: AirgapDatabase, id: string): Promise<void> {
  await db.imported.delete(id);
}

/** Replaces an imported article's tags with cleaned, distinct, non-empty ones. */
export async function retagImported(
  db: AirgapDatabase,
  id: string,
  tags: readonly string[],
  now = Date.now(),
): Promise<void> {
  const clean = [
    ...new Set(tags.map((t) => t.replace(/^#/, '').replace(/\s+/g, ' ').trim()).filter((t) => t !== '')),
  ];
  if ((await db.imported.update(id, { tags: clean, updatedAt: now })) === 0) {
    throw new Error('this article is no longer in the library');
  }
}
