import { parseImportedArticle, type ImportedArticle } from '../../archive/core/import/imported-article';
import { appHistory, CommandHistory, type Move, type StoredEntry } from './command-history';
import { appDatabase, type AirgapDatabase, type ZimPartRecord, type ZimRecord } from './database';
import { appLibraryEvents, type LibraryEvents } from './library-events';
import { isZimRecord, loadZims, movedLibraries, partsOfOtherSplits } from './zims';

type Entry = Extract<StoredEntry, { table: 'imported' }>;

/** A title as stored: one line, spaces collapsed. */
const cleanTitle = (title: string): string => title.replace(/\s+/g, ' ').trim();
/** Tags as stored: no leading '#', spaces collapsed, distinct, none empty. */
const cleanTags = (tags: readonly string[]): string[] => [
  ...new Set(tags.map((t) => t.replace(/^#/, '').replace(/\s+/g, ' ').trim()).filter((t) => t !== '')),
];
// Whether another window changed an article since this window stored `known`: any write sets updatedAt.
const unchangedSince = (current: ImportedArticle, known: ImportedArticle): boolean =>
  current.updatedAt === known.updatedAt &&
  current.contentHash === known.contentHash &&
  current.title === known.title &&
  (current.tags ?? []).join('\u0000') === (known.tags ?? []).join('\u0000');

/**
 * The only writer of the library's imported articles (with imported-store's storeImported, for the import worker): rename,
 * retag, delete one article or a whole source, and record an import, each as one step of the window's undo
 * history shared with the annotations. After every stored change, and every undo or redo, the ids touched go
 * out on the library change stream, which the search index and open views follow.
 */
export class LibraryCommands {
  constructor(
    private readonly db: AirgapDatabase,
    private readonly events: LibraryEvents,
    private readonly now: () => number = () => Date.now(),
    /** The window's history, shared with the other command layers. */
    readonly history: CommandHistory = new CommandHistory(now),
  ) {
    history.register('imported', (moves) => this.apply(moves));
    history.register('zims', (moves) => this.applyZims(moves));
  }

  /** Adds a ZIM library (or refreshes its description when its file is added again); Undo removes it. */
  async addZim(record: ZimRecord): Promise<void> {
    const before = await this.db.transaction('rw', this.db.zims, async () => {
      const raw: unknown = await this.db.zims.get(record.uuid);
      const known = isZimRecord(raw) ? raw : null;
      // The file says what it is; the user's choices (when added, hidden, its place) stay as they were.
      await this.db.zims.put(known ? { ...record, ...choicesOf(known) } : record);
      return known;
    });
    // Adding the file of a library already here reconnects it: nothing the user would want to undo.
    if (before === null)
      this.history.record('Add library', [{ table: 'zims', id: record.uuid, before, after: record }]);
  }

  /**
   * Removes a ZIM library from the app (the file itself is untouched) with its search segment; its highlights
   * stay in the notebook. Undo brings the library back; its segment is built again when its file is next open.
   */
  async removeZim(uuid: string): Promise<void> {
    const before = await this.db.transaction('rw', this.db.zims, this.db.zimParts, async () => {
      const raw: unknown = await this.db.zims.get(uuid);
      if (raw !== undefined) await this.db.zims.delete(uuid);
      await this.db.zimParts.where('uuid').equals(uuid).delete();
      return isZimRecord(raw) ? raw : null;
    });
    this.events.emit([`zim:${uuid}`]);
    if (before) this.history.record('Remove library', [{ table: 'zims', id: uuid, before, after: null }]);
  }

  /** Hides a library from search, or shows it again (its index and highlights are kept); one step of Undo. */
  async setZimHidden(uuid: string, hidden: boolean): Promise<void> {
    const change = await this.db.transaction('rw', this.db.zims, async () => {
      const raw: unknown = await this.db.zims.get(uuid);
      if (!isZimRecord(raw) || (raw.hidden ?? false) === hidden) return null;
      const after: ZimRecord = { ...raw, hidden };
      await this.db.zims.put(after);
      return { before: raw, after };
    });
    if (change === null) return;
    this.events.emit([`zim:${uuid}`]);
    const label = hidden ? 'Hide library from search' : 'Show library in search';
    this.history.record(label, [{ table: 'zims', id: uuid, ...change }]);
  }

  /** Moves a library `offset` places in the user's order (clamped at the ends); one step of Undo. */
  async moveZim(uuid: string, offset: number): Promise<void> {
    const moves = await this.db.transaction('rw', this.db.zims, async () => {
      const { zims } = await loadZims(this.db);
      const changed = movedLibraries(zims, uuid, offset);
      await this.db.zims.bulkPut(changed);
      return changed.map((after) => ({
        table: 'zims' as const,
        id: after.uuid,
        before: zims.find((z) => z.uuid === after.uuid)!,
        after,
      }));
    });
    if (moves.length > 0) this.history.record('Move library', moves);
  }

  /**
   * Stores one built part of a library's index (replacing the same part built before) and tells search to add
   * it; a part of another split of the pages is dropped first. Not an undo step.
   */
  async saveZimPart(record: ZimPartRecord): Promise<void> {
    await this.db.transaction('rw', this.db.zims, this.db.zimParts, async () => {
      // A library removed while it was being indexed gets no index.
      if ((await this.db.zims.get(record.uuid)) === undefined) return;
      const stale = await partsOfOtherSplits(this.db, record);
      if (stale.length > 0) await this.db.zimParts.bulkDelete(stale);
      // As Blobs: IndexedDB then stores them without copying their bytes on this thread.
      await this.db.zimParts.put({
        ...record,
        index: asBlob(record.index),
        positions: asBlob(record.positions),
      });
    });
    this.events.emit([`zim:${record.uuid}`]);
  }

  /** Drops a library's whole index (indexing cancelled): it is searchable again only once indexed anew. */
  async dropZimIndex(uuid: string): Promise<void> {
    await this.db.zimParts.where('uuid').equals(uuid).delete();
    this.events.emit([`zim:${uuid}`]);
  }

  /** Gives an imported article a new title; throws if the title is empty or the article is gone. */
  async rename(id: string, title: string): Promise<void> {
    const clean = cleanTitle(title);
    if (clean === '') throw new Error('a title cannot be empty');
    await this.change('Rename article', id, (a) => ({ ...a, title: clean }));
  }

  /** Replaces an imported article's tags with cleaned, distinct, non-empty ones. */
  async retag(id: string, tags: readonly string[]): Promise<void> {
    await this.change('Edit article tags', id, (a) => ({ ...a, tags: cleanTags(tags) }));
  }

  /** Removes an imported article; its highlights stay in the notebook, and Undo brings it back. */
  async remove(id: string): Promise<void> {
    const before = await this.db.transaction('rw', this.db.imported, async () => {
      const current = await this.read(id);
      if (current !== undefined) await this.db.imported.delete(id);
      return current;
    });
    if (before === undefined) return;
    this.done('Delete article', [{ table: 'imported', id, before, after: null }]);
  }

  /** Removes every imported article of one source as one step; returns how many went. */
  async removeSource(source: string): Promise<number> {
    const removed = await this.db.transaction('rw', this.db.imported, async () => {
      const all = await this.readAll();
      const gone = all.filter((a) => a.source === source);
      await this.db.imported.bulkDelete(gone.map((a) => a.id));
      return gone;
    });
    this.done(
      `Delete source ${source}`,
      removed.map((before) => ({ table: 'imported', id: before.id, before, after: null })),
    );
    return removed.length;
  }

  /**
   * Records an import the worker has stored (its items, in order) as one undoable step, and tells the library.
   * The articles as stored are read back here so Redo can store them again.
   */
  async recordImport(
    items: readonly { status: string; id?: string; previous?: ImportedArticle }[],
  ): Promise<void> {
    const stored = items.filter(
      (i): i is { status: 'imported' | 'updated'; id: string; previous?: ImportedArticle } =>
        (i.status === 'imported' || i.status === 'updated') && typeof i.id === 'string',
    );
    const after = await this.db.imported.bulkGet(stored.map((i) => i.id));
    const entries: Entry[] = [];
    stored.forEach((item, n) => {
      const raw: unknown = after[n];
      if (raw === undefined) return; // Deleted meanwhile in another window: nothing of it to undo.
      entries.push({ table: 'imported', id: item.id, before: item.previous ?? null, after: parse(raw) });
    });
    const label = `Import ${entries.length === 1 ? '1 file' : `${entries.length} files`}`;
    this.done(label, entries);
  }

  // Reads, changes and writes one article in one transaction, then records and announces it.
  private async change(
    label: string,
    id: string,
    edit: (article: ImportedArticle) => ImportedArticle,
  ): Promise<void> {
    const step = await this.db.transaction('rw', this.db.imported, async () => {
      const before = await this.read(id);
      if (before === undefined) throw new Error('this article is no longer in the library');
      const after = { ...edit(before), updatedAt: this.now() };
      await this.db.imported.put(after);
      return { before, after };
    });
    this.done(label, [{ table: 'imported', id, ...step }]);
  }

  private done(label: string, entries: Entry[]): void {
    this.history.record(label, entries);
    this.events.emit(entries.map((e) => e.id));
  }

  // Moves each article from `from` to `to` in one transaction; an article another window changed since is
  // kept as it is, and named in the returned phrases.
  private async apply(moves: Move<'imported'>[]): Promise<string[]> {
    const kept = await this.db.transaction('rw', this.db.imported, async () => {
      const notes: string[] = [];
      for (const { id, from, to } of moves) {
        const current = await this.read(id);
        if (current !== undefined && from !== null && !unchangedSince(current, from)) {
          notes.push(`“${current.title}”, changed in another window`);
        } else if (to === null) {
          if (current !== undefined) await this.db.imported.delete(id);
        } else {
          await this.db.imported.put(to);
        }
      }
      return notes;
    });
    this.events.emit(moves.map((m) => m.id));
    return kept;
  }

  // A library's own fields come from its file; the user's choices are its place and whether it is hidden. Undo of
  // a move or a hide puts back only the choice it changed, so one made since in another window is kept.
  private async applyZims(moves: Move<'zims'>[]): Promise<string[]> {
    const searched: string[] = [];
    await this.db.transaction('rw', this.db.zims, async () => {
      for (const { id, from, to } of moves) {
        const raw: unknown = await this.db.zims.get(id);
        const current = isZimRecord(raw) ? raw : undefined;
        if (to === null || from === null || current === undefined) {
          if (to === null) await this.db.zims.delete(id);
          else await this.db.zims.put(to);
          searched.push(id);
          continue;
        }
        const next: ZimRecord = { ...current };
        if (from.rank !== to.rank) next.rank = to.rank;
        if (from.hidden !== to.hidden) {
          next.hidden = to.hidden;
          searched.push(id);
        }
        await this.db.zims.put(next);
      }
    });
    // Search follows what changes it: a library shown or hidden again, or brought back or taken away.
    if (searched.length > 0) this.events.emit(searched.map((id) => `zim:${id}`));
    return [];
  }

  private async read(id: string): Promise<ImportedArticle | undefined> {
    const raw: unknown = await this.db.imported.get(id);
    return raw === undefined ? undefined : parse(raw);
  }

  private async readAll(): Promise<ImportedArticle[]> {
    const rows: unknown[] = await this.db.imported.toArray();
    return rows.flatMap((raw) => {
      try {
        return [parseImportedArticle(raw)];
      } catch {
        return []; // A damaged record is left where it is, never deleted with its source.
      }
    });
  }
}

/** What the user chose about a library, kept when its file is added again (after every restart). */
function choicesOf(known: ZimRecord): Pick<ZimRecord, 'addedAt' | 'hidden' | 'rank'> {
  return {
    addedAt: known.addedAt,
    ...(known.hidden !== undefined && { hidden: known.hidden }),
    ...(known.rank !== undefined && { rank: known.rank }),
  };
}

// A stored article that cannot be read stops the command with a message, rather than being overwritten.
function parse(raw: unknown): ImportedArticle {
  try {
    return parseImportedArticle(raw);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`this article's stored record is damaged (${detail})`, { cause: error });
  }
}

let shared: LibraryCommands | undefined;

/** The running window's library commands over its database, history and change stream, made on first use. */
export function appLibrary(): LibraryCommands {
  shared ??= new LibraryCommands(appDatabase(), appLibraryEvents(), undefined, appHistory());
  return shared;
}

const asBlob = (bytes: Uint8Array | Blob): Blob =>
  bytes instanceof Blob ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>]);
