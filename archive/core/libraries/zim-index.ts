import { ImportRefusal } from '../import/refusal';
import { ZimError } from '../zim/byte-source';
import { SegmentBuilder, type SegmentFiles } from '../search';
import type { TitleIndex } from '../zim/title-index';
import type { ContentEntry, ZimArchive } from '../zim/zim-archive';
import { zimArticleId } from './zim-ids';
import { zimEntryArticle } from './zim-pages';

/** Pages read between two reports of progress (and two chances to hear a cancel). */
const BATCH = 25;

/** How far an indexing run has come. */
export interface IndexProgress {
  done: number;
  total: number;
}

/** A finished index of one library: its segment, and how many pages went in and were left out. */
export interface ZimIndex extends SegmentFiles {
  articles: number;
  skipped: number;
}

/**
 * Indexes every page of a ZIM file into one search segment of the same format as the bundled archive's, so
 * one query ranks across every source exactly as one Lunr index would. Pages are read in the file's cluster
 * order; a page with no text is left out and counted. Between batches it reports progress
 * and lets messages in, so a cancel stops it; it then resolves undefined.
 */
export async function indexZim(
  zim: ZimArchive,
  titles: TitleIndex,
  uuid: string,
  source: string,
  onProgress: (progress: IndexProgress) => void,
  cancelled: () => boolean,
  /** Lets waiting messages (a cancel) in between batches: a macrotask in a worker. */
  yieldToEvents: () => Promise<void> = () => Promise.resolve(),
): Promise<ZimIndex | undefined> {
  const pages: { id: string; entry: ContentEntry }[] = [];
  for (let i = 0; i < titles.count; i++) {
    const entry = await titles.at(i);
    if (entry.kind === 'content' && zim.mimeTypes[entry.mimeType]?.startsWith('text/html'))
      pages.push({ id: zimArticleId(uuid, entry.path), entry });
  }
  // Read in the file's own order, cluster by cluster, so each cluster is decompressed once: writers fill
  // clusters in the order they walked the pages, which is not the A-Z order (reading A-Z at 50,000 pages
  // decompressed a cluster for nearly every page). The order documents are added in changes no score or rank.
  pages.sort((a, b) => a.entry.cluster - b.entry.cluster || a.entry.blob - b.entry.blob);
  const builder = new SegmentBuilder();
  let skipped = 0;
  for (let done = 0; done < pages.length; done++) {
    if (done % BATCH === 0) {
      onProgress({ done, total: pages.length });
      await yieldToEvents();
      if (cancelled()) return undefined;
    }
    const page = pages[done]!;
    try {
      builder.add(await zimEntryArticle(zim, page.entry, { id: page.id, source }));
    } catch (error) {
      // A page without text (or a damaged one) is left out of search, not the whole library.
      if (!(error instanceof ImportRefusal) && !(error instanceof ZimError)) throw error;
      skipped++;
    }
  }
  onProgress({ done: pages.length, total: pages.length });
  return { ...builder.finish(), articles: pages.length - skipped, skipped };
}
