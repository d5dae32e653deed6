import { importedMeta } from '../../archive/core/import/imported-article';
import type { SearchService } from '../../archive/core/search';
import { appDatabase } from '../db/database';
import { loadImported } from '../db/imported';
import { searchWithImported, type ExtraSegment } from './imported-index';
import { SegmentReader } from '../../archive/core/search';
import { loadZimPart, loadZims, zimPartSummaries } from '../db/zims';
import { loadBundledIndex, type BundledIndex } from './load-search';
import { errorMessage, type SearchReply, type SearchRequest } from './protocol';
import { createSearchHost } from './search-host';

// The renderer is type-checked against the DOM library, where `self` is a Window; this is the part of a
// dedicated worker's global scope that the search worker uses.
const scope = self as unknown as {
  postMessage(reply: SearchReply): void;
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
};

let bundled: Promise<BundledIndex> | undefined;

/** Reads the imported articles (sending their list to the page) and searches them with the bundled archive. */
async function withImported(): Promise<SearchService> {
  const stored = loadImported(appDatabase()).then(
    ({ articles, unreadable }) => {
      scope.postMessage({ kind: 'imported', articles: articles.map(importedMeta), unreadable });
      return articles;
    },
    (error: unknown) => {
      // The bundled archive stays searchable when the browser's storage cannot be read.
      const failure = `Imported articles could not be read (${errorMessage(error)}).`;
      scope.postMessage({ kind: 'imported', articles: [], unreadable: 0, failure });
      return [];
    },
  );
  const [index, articles, zims] = await Promise.all([bundled!, stored, zimSegments()]);
  return searchWithImported(index, articles, zims, async (id) => (await import('./zim-bodies')).zimBody(id));
}

// Parts of Kiwix libraries' indexes already read, by library, part and build time: a library indexed part by part
// changes the library many times, and each change would otherwise read every part's bytes again.
const zimParts = new Map<string, ExtraSegment>();

/**
 * The stored index parts of Kiwix libraries, read once each, but for libraries hidden from search; a damaged
 * one is left out (it is rebuilt when its file is next open).
 */
async function zimSegments(): Promise<ExtraSegment[]> {
  try {
    const db = appDatabase();
    const hidden = new Set((await loadZims(db)).zims.filter((z) => z.hidden === true).map((z) => z.uuid));
    const summaries = (await zimPartSummaries(db)).filter((p) => !hidden.has(p.uuid));
    const wanted = new Set(summaries.map((p) => `${p.uuid}:${p.part}:${p.builtAt}`));
    for (const key of zimParts.keys()) if (!wanted.has(key)) zimParts.delete(key);
    const segments: ExtraSegment[] = [];
    for (const summary of summaries) {
      const key = `${summary.uuid}:${summary.part}:${summary.builtAt}`;
      let segment = zimParts.get(key);
      if (segment === undefined) {
        const record = await loadZimPart(db, summary.uuid, summary.part);
        if (record === undefined || record.builtAt !== summary.builtAt) continue;
        try {
          const where = `library ${record.uuid} part ${record.part + 1}`;
          segment = { reader: new SegmentReader(record.index, where), positions: record.positions };
        } catch {
          continue;
        }
        zimParts.set(key, segment);
      }
      segments.push(segment);
    }
    return segments;
  } catch {
    return []; // Storage unreadable: the rest stays searchable.
  }
}

const handle = createSearchHost({
  // The page sends its base URL: this script lives under assets/, so its own location is not the app's root.
  load: (baseUrl, onLibraryPage) => {
    bundled = loadBundledIndex((path) => fetch(new URL(`data/${path}`, baseUrl)), onLibraryPage);
    return withImported();
  },
  reloadImported: withImported,
  post: (reply) => scope.postMessage(reply),
});

scope.onmessage = (event) => {
  const request = event.data;
  // A library's file, opened in the page: kept for the snippets of its pages.
  if (request.kind === 'zim-file')
    return void import('./zim-bodies').then(({ keepZimFile }) => keepZimFile(request.uuid, request.file));
  handle(request);
};
