import { Dexie, type EntityTable } from 'dexie';
import type { Annotation } from '../../archive/core/annotation';
import type { ImportedArticle } from '../../archive/core/imported-article';

/** Name of the IndexedDB database; one per profile (browser profile or Electron userData). */
export const DATABASE_NAME = 'airgap';

/**
 * The app's IndexedDB schema. Each schema change adds a `version(n)` step (never edits an old one) so a profile
 * made by any earlier release upgrades in place.
 */
export class AirgapDatabase extends Dexie {
  /** Highlights with notes and tags, keyed by id; indexed for per-article lists and tag look-ups. */
  annotations!: EntityTable<Annotation, 'id'>;
  /** Articles the user imported, keyed by id; the hash spots a file imported again, the name one that changed. */
  imported!: EntityTable<ImportedArticle, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      annotations: 'id, articleId, updatedAt, *tags',
    });
    this.version(2).stores({
      imported: 'id, contentHash, fileName, updatedAt',
    });
  }
}

let shared: AirgapDatabase | undefined;

/** The database the running app uses, opened on first use. */
export function appDatabase(): AirgapDatabase {
  shared ??= new AirgapDatabase();
  return shared;
}
