import { toWebAnnotations } from '../../archive/core/annotations/web-annotation';
import { annotationsByArticle, setAsideAnnotations } from './annotations';
import { zimPartSummaries } from './zims';
import type { AirgapDatabase } from './database';

/** The name and version of the "export all my data" file; docs/privacy.md describes every field. */
export const DATA_EXPORT_FORMAT = { format: 'airgap-data-export', version: 1 } as const;

/** Keys of this app's settings and journals in the page's storage; anything else there is not ours. */
const STORAGE_PREFIX = 'airgap.';

/** The page's key-value storage, as the export and erase functions need it. */
export type KeyValueStorage = Pick<Storage, 'length' | 'key' | 'getItem' | 'removeItem'>;

function ourKeys(storage: KeyValueStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
  }
  return keys.sort();
}

/**
 * Everything the app keeps about the user, as one JSON-ready object: imported articles as stored, every
 * highlight as a W3C Web Annotation collection, records set aside as damaged (raw, so nothing is withheld),
 * note drafts, the Kiwix libraries added (their description, and their search indexes' sizes), and settings and
 * journals from the page's storage (values as stored, parsed when JSON).
 */
export async function collectAllData(
  db: AirgapDatabase,
  storage: KeyValueStorage,
  now: Date,
): Promise<Record<string, unknown>> {
  const [imported, byArticle, setAside, drafts, zims, zimParts] = await Promise.all([
    db.imported.toArray(),
    annotationsByArticle(db),
    setAsideAnnotations(db),
    db.drafts.toArray(),
    db.zims.toArray(),
    zimPartSummaries(db),
  ]);
  const settings: Record<string, unknown> = {};
  for (const key of ourKeys(storage)) {
    const raw = storage.getItem(key);
    try {
      settings[key] = raw === null ? null : (JSON.parse(raw) as unknown);
    } catch {
      settings[key] = raw;
    }
  }
  return {
    ...DATA_EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    importedArticles: imported,
    annotations: toWebAnnotations([...byArticle.values()].flat(), now),
    setAsideRecords: setAside,
    drafts,
    // What each Kiwix library says of itself; its search index is derived from the file, so only its parts'
    // counts and dates are listed, and the file itself was never copied.
    kiwixLibraries: zims,
    kiwixSearchIndexes: zimParts.map((z) => ({
      uuid: z.uuid,
      part: z.part,
      parts: z.parts,
      articles: z.articles,
      builtAt: z.builtAt,
    })),
    settings,
  };
}

/**
 * Deletes everything the page stores: the whole IndexedDB database (closed first, so the deletion is not
 * blocked by this page) and every key of ours in the page's storage. Resolves once the database is gone;
 * another window still holding it open would block that, so it rejects with a plain message instead of waiting.
 */
export async function eraseAllData(db: AirgapDatabase, storage: KeyValueStorage): Promise<void> {
  for (const key of ourKeys(storage)) storage.removeItem(key);
  db.close();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(db.name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('The database could not be deleted.'));
    request.onblocked = () =>
      reject(
        new Error(
          'Another Airgap window is still open. Close it, then erase again; nothing was deleted from the database yet.',
        ),
      );
  });
}
