import type { ParsedFile } from '../../archive/core/import/formats';
import { toImportedArticle, type ImportedArticle } from '../../archive/core/import/imported-article';
import type { AirgapDatabase } from './database';

/** What storing one parsed file did: a new article, an update of the one imported from the same file, or nothing. */
export type SaveOutcome =
  | { status: 'imported'; id: string; title: string }
  /** `previous` is the article as it was before, so the import can be undone. */
  | { status: 'updated'; id: string; title: string; previous: ImportedArticle }
  | { status: 'skipped'; id: string; title: string; reason: string };

/**
 * Stores a parsed file in one transaction: text already imported (same hash) is skipped, a file imported
 * before under the same name with other text updates that article (keeping its id, so its notes stay
 * attached), anything else becomes a new article. The import worker's one write; the page records the whole
 * import as one step with LibraryCommands.recordImport once it ends.
 */
export async function storeImported(
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
    return previous
      ? { status: 'updated', id: article.id, title: article.title, previous }
      : { status: 'imported', id: article.id, title: article.title };
  });
}
