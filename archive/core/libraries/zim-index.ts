import { ImportRefusal } from '../import/refusal';
import { ZimError } from '../zim/byte-source';
import { searchLanguageOf, SegmentBuilder, type SearchLanguage, type SegmentFiles } from '../search';
import type { TitleIndex } from '../zim/title-index';
import type { ContentEntry, ZimArchive } from '../zim/zim-archive';
import { zimArticleId } from './zim-ids';
import { zimEntryArticle } from './zim-pages';

/** Pages read between two reports of progress (and two chances to hear a pause). */
const BATCH = 25;
/** Entries listed per read of the title index. */
const LIST_BATCH = 1_000;

/**
 * Pages per part: each part is a segment of its own, stored as soon as it is built, so a library is searchable
 * part by part while it is indexed, and a pause or a restart loses at most one part's work.
 */
export const PART_PAGES = 5_000;

/** How far an indexing run has come, counting the parts built before it. */
export interface IndexProgress {
  done: number;
  total: number;
}

/** A finished index of one library: its segment, and how many pages went in and were left out. */
export interface ZimIndex extends SegmentFiles {
  articles: number;
  skipped: number;
}

/** One built part of a library's index: which part of how many, and its pages. */
export interface ZimIndexPart extends ZimIndex {
  part: number;
  parts: number;
  /** Every page of the library that is indexed, across all parts. */
  totalPages: number;
  /** The language its words were analysed in. */
  language: SearchLanguage;
}

/** What an indexing run is told: where to start, where each part goes, and how to report and stop. */
export interface IndexRun {
  /** The first part to build: the parts before it were built by an earlier run. */
  fromPart?: number;
  /** Pages per part (PART_PAGES unless a caller wants one segment of everything). */
  partPages?: number;
  /** The file's Language metadata ("fra", "rus,eng"): its words are stemmed and stop-listed in that language. */
  language?: string;
  onPart(part: ZimIndexPart): void | Promise<void>;
  onProgress(progress: IndexProgress): void;
  /** Asked between batches: true stops the run after the last whole part. */
  stopped(): boolean;
  /** Lets waiting messages (a pause) in between batches: a macrotask in a worker. */
  yieldToEvents?(): Promise<void>;
}

/** The pages of a ZIM file to index, in the order every run reads them, so parts mean the same pages each time. */
async function pagesOf(
  zim: ZimArchive,
  titles: TitleIndex,
  uuid: string,
): Promise<{ id: string; entry: ContentEntry }[]> {
  const pages: { id: string; entry: ContentEntry }[] = [];
  // Read a thousand entries at a time: neighbours in the file come from one read.
  for (let from = 0; from < titles.count; from += LIST_BATCH) {
    for (const entry of await titles.range(from, Math.min(titles.count, from + LIST_BATCH))) {
      if (entry.kind === 'content' && zim.mimeTypes[entry.mimeType]?.startsWith('text/html'))
        pages.push({ id: zimArticleId(uuid, entry.path), entry });
    }
  }
  // Read in the file's own order, cluster by cluster, so each cluster is decompressed once: writers fill
  // clusters in the order they walked the pages, which is not the A-Z order (reading A-Z at 50,000 pages
  // decompressed a cluster for nearly every page). The order documents are added in changes no score or rank.
  return pages.sort((a, b) => a.entry.cluster - b.entry.cluster || a.entry.blob - b.entry.blob);
}

/**
 * Indexes the pages of a ZIM file into search segments of the same format as the bundled archive's, one per
 * part, so one query ranks across every source (and every part) exactly as one Lunr index would. A page with no
 * text is left out and counted. Between batches it reports progress and lets messages in; when stopped, it
 * drops the part under way and resolves false. Resolves true once the last part is handed to `onPart`.
 */
export async function indexZimParts(
  zim: ZimArchive,
  titles: TitleIndex,
  uuid: string,
  source: string,
  run: IndexRun,
): Promise<boolean> {
  const pages = await pagesOf(zim, titles, uuid);
  const size = Math.max(1, run.partPages ?? PART_PAGES);
  const parts = Math.max(1, Math.ceil(pages.length / size));
  for (let part = Math.max(0, run.fromPart ?? 0); part < parts; part++) {
    const from = part * size;
    const to = Math.min(pages.length, from + size);
    const language = searchLanguageOf(run.language);
    const builder = new SegmentBuilder(language);
    let skipped = 0;
    for (let done = from; done < to; done++) {
      if ((done - from) % BATCH === 0) {
        run.onProgress({ done, total: pages.length });
        await run.yieldToEvents?.();
        if (run.stopped()) return false;
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
    const articles = to - from - skipped;
    const totalPages = pages.length;
    await run.onPart({ ...builder.finish(), articles, skipped, part, parts, totalPages, language });
  }
  run.onProgress({ done: pages.length, total: pages.length });
  return true;
}

/**
 * Indexes every page of a ZIM file into one search segment (for the benchmarks, which time the whole); resolves
 * undefined when cancelled.
 */
export async function indexZim(
  zim: ZimArchive,
  titles: TitleIndex,
  uuid: string,
  source: string,
  onProgress: (progress: IndexProgress) => void,
  cancelled: () => boolean,
  yieldToEvents: () => Promise<void> = () => Promise.resolve(),
): Promise<ZimIndex | undefined> {
  let whole: ZimIndex | undefined;
  const finished = await indexZimParts(zim, titles, uuid, source, {
    partPages: Number.MAX_SAFE_INTEGER,
    onPart: ({ index, positions, articles, skipped }) =>
      void (whole = { index, positions, articles, skipped }),
    onProgress,
    stopped: cancelled,
    yieldToEvents,
  });
  return finished ? whole : undefined;
}
