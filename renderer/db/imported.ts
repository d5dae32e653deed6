import { parseImportedArticle, type ImportedArticle } from '../../archive/core/import/imported-article';
import type { AirgapDatabase } from './database';

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
