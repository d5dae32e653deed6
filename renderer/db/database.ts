import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Annotation, HighlightColor } from '../../archive/core/annotations/annotation';
import type { ImportedArticle } from '../../archive/core/import/imported-article';
import type { ZimSummary } from '../../archive/core/zim/zim-metadata';
import { setStorageBlocked } from './open-status';

/** A note editor's unsaved state: the highlight as editing began, and the colour, note and tags as typed. */
export interface NoteDraft {
  annotationId: string;
  articleId: string;
  /** The highlight as it was when editing began, so saving later merges with edits made meanwhile. */
  base: Annotation;
  color: HighlightColor;
  note: string;
  /** The tags field as typed, not yet parsed. */
  tags: string;
  /** ISO time of the last keystroke. */
  updatedAt: string;
}

/**
 * A Kiwix ZIM library the user added. Only what it says of itself is stored, never its content: the file is
 * read in place, and after a restart the browser build asks for it again (known by its UUID).
 */
export interface ZimRecord extends ZimSummary {
  /** The file's name when it was added, to say which file to pick again. */
  fileName: string;
  size: number;
  /** Milliseconds since the epoch. */
  addedAt: number;
  /** Left out of search (its index and highlights are kept) until shown again. */
  hidden?: boolean;
  /** Its place in the user's order of libraries; libraries never moved follow, oldest first. */
  rank?: number;
}

/**
 * One part of a Kiwix library's search index, built in the app from its file: a segment of the index (not the
 * pages) for one share of the library's pages. A library is searchable part by part as they are built.
 */
export interface ZimPartRecord {
  uuid: string;
  /** Which part (from 0) of how many. */
  part: number;
  parts: number;
  /** Every page of the library to index, across all parts. */
  totalPages: number;
  /**
   * The part's search files. Stored as Blobs since parts were first saved from the page: putting megabytes of
   * bytes made IndexedDB copy them on the page's main thread (93 ms a part at 5,000 pages); earlier parts hold
   * bytes, and both read back as bytes through `loadZimPart`.
   */
  index: Uint8Array | Blob;
  positions: Uint8Array | Blob;
  /** Pages of this part indexed, and pages left out (no text). */
  articles: number;
  skipped: number;
  /** Milliseconds since the epoch. */
  builtAt: number;
  /** The language its words were analysed in; absent in parts built before languages (analysed as English). */
  language?: string;
}

/** The index of a part's small fields, read without its bytes (a library's state, what search must reload). */
export const ZIM_PART_SUMMARY = '[uuid+part+parts+totalPages+articles+skipped+builtAt]';
/** The index of each part's language (parts built before languages have none, and are not in it). */
export const ZIM_PART_LANGUAGE = '[uuid+part+language]';

/** Name of the IndexedDB database; one per profile (browser profile or Electron userData). */
const DATABASE_NAME = 'airgap';

/**
 * The app's IndexedDB schema. Each schema change adds a `version(n)` step (never edits an old one) so a profile
 * made by any earlier release upgrades in place.
 */
export class AirgapDatabase extends Dexie {
  /** Highlights with notes and tags, keyed by id; indexed for per-article lists and tag look-ups. */
  annotations!: EntityTable<Annotation, 'id'>;
  /** Articles the user imported, keyed by id; the hash spots a file imported again, the name one that changed. */
  imported!: EntityTable<ImportedArticle, 'id'>;
  /** What is being typed in a note editor, kept on every keystroke so a reload, crash or close loses nothing. */
  drafts!: EntityTable<NoteDraft, 'annotationId'>;
  /** Kiwix ZIM libraries added, keyed by the file's UUID: their description, not their content. */
  zims!: EntityTable<ZimRecord, 'uuid'>;
  /** Search index parts of Kiwix libraries, keyed by the file's UUID and the part. */
  zimParts!: Table<ZimPartRecord, [string, number]>;

  constructor(name: string = DATABASE_NAME) {
    // Strict durability: a save the app has acknowledged is on disk, not only in the browser's write buffer.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      annotations: 'id, articleId, updatedAt, *tags',
    });
    this.version(2).stores({
      imported: 'id, contentHash, fileName, updatedAt',
    });
    this.version(3).stores({
      drafts: 'annotationId, articleId',
    });
    this.version(4).stores({
      zims: 'uuid, addedAt',
    });
    this.version(5).stores({
      zimIndexes: 'uuid',
    });
    // A library's index is built and stored in parts; an index built whole by version 5 becomes its one part.
    this.version(6)
      .stores({ zimParts: `[uuid+part], uuid, ${ZIM_PART_SUMMARY}` })
      .upgrade(async (tx) => {
        const old = (await tx.table('zimIndexes').toArray()) as Record<string, unknown>[];
        const parts = old.map((r) => ({
          ...r,
          part: 0,
          parts: 1,
          totalPages: Number(r.articles) + Number(r.skipped),
        }));
        await tx.table('zimParts').bulkPut(parts);
      });
    this.version(7).stores({ zimIndexes: null });
    // Which language each part was analysed in, read without its bytes: a part of another language than its
    // file's is built again.
    this.version(8).stores({ zimParts: `[uuid+part], uuid, ${ZIM_PART_SUMMARY}, ${ZIM_PART_LANGUAGE}` });
    // Another window holding an older version open stops the upgrade until it closes: say so, then clear it.
    this.on('blocked', () => setStorageBlocked(true));
    this.on('ready', () => setStorageBlocked(false));
  }
}

let shared: AirgapDatabase | undefined;

/** The database the running app uses, opened on first use. */
export function appDatabase(): AirgapDatabase {
  shared ??= new AirgapDatabase();
  return shared;
}
