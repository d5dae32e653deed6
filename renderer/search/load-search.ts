import { plainText } from '../../archive/core/articles/article';
import { DataFileError, type SegmentPaths } from '../../archive/core/articles/data-files';
import { SegmentReader } from '../../archive/core/search';
import { createSearchService, type SearchService } from '../../archive/core/search';
import type { LibraryPage } from './library-feed';
import { ManifestSyntaxError } from './manifest-scanner';
import { readManifest } from './read-manifest';
import { bundledArticles } from './bundled-articles';

// Everything that knows the shipped index format lives in this file: the manifest, binary segment files read
// as ArrayBuffers (no JSON.parse of postings) and article bodies read from their packs for the results shown.

/** Article bodies kept in memory for snippets: a page of results plus some paging back and forth. */
const BODY_CACHE_SIZE = 100;

/** Fetches a file of the data folder by its path in it. */
type FetchData = (path: string) => Promise<Response>;

async function fetchOk(fetchData: FetchData, path: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetchData(path);
  } catch (error) {
    throw new Error(`Could not load ${path}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  if (!response.ok) throw new Error(`Could not load ${path} (HTTP ${response.status}).`);
  return response;
}

/** Re-raises a validation error with the file named, so the user sees which file is damaged. */
function damaged(path: string, error: unknown): Error {
  const detail = error instanceof Error ? error.message : String(error);
  return new Error(
    `The search index ${path} is damaged or from another version (${detail}); rebuild the app.`,
    {
      cause: error,
    },
  );
}

/** A least-recently-used cache of body loads; a failed load is forgotten so the next search retries it. */
function bodyCache(load: (id: string) => Promise<string>): (id: string) => Promise<string> {
  const bodies = new Map<string, Promise<string>>();
  return (id) => {
    const cached = bodies.get(id);
    if (cached !== undefined) {
      // Re-inserting moves the entry to the end, so the Map's order is least recently used first.
      bodies.delete(id);
      bodies.set(id, cached);
      return cached;
    }
    const loading = load(id);
    bodies.set(id, loading);
    loading.catch(() => bodies.delete(id));
    for (const oldest of bodies.keys()) {
      if (bodies.size <= BODY_CACHE_SIZE) break;
      bodies.delete(oldest);
    }
    return loading;
  };
}

/** The bundled archive's index as loaded: what createSearchService needs, kept so imports can be added to it. */
export interface BundledIndex {
  segments: SegmentReader[];
  loadBody(id: string): Promise<string>;
  loadPositions(segment: number): Promise<ArrayBuffer | Uint8Array>;
}

/** Loads the bundled index (see loadBundledIndex) and returns the search over it alone. */
export async function loadSearchService(
  fetchData: FetchData,
  onLibraryPage: (page: LibraryPage) => void = () => {},
): Promise<SearchService> {
  return createSearchService(await loadBundledIndex(fetchData, onLibraryPage));
}

/**
 * Loads the search index from the data folder; phrase positions are fetched
 * on the first phrase query and article bodies only for the results shown. `fetchData` takes a path relative
 * to the data folder, such as "manifest.json". `onLibraryPage` gets the manifest's articles in pages, each as
 * soon as it has been downloaded and checked, all before the index is fetched. Rejects with a message naming the file when one is
 * missing or damaged (after the pages before a damaged article were given).
 */
export async function loadBundledIndex(
  fetchData: FetchData,
  onLibraryPage: (page: LibraryPage) => void = () => {},
): Promise<BundledIndex> {
  const manifest = await fetchOk(fetchData, 'manifest.json');
  let segmentPaths: SegmentPaths[];
  try {
    segmentPaths = await readManifest(manifest, onLibraryPage);
  } catch (error) {
    if (error instanceof DataFileError) throw damaged('manifest.json', error);
    if (error instanceof ManifestSyntaxError) {
      throw new Error('manifest.json is damaged (not valid JSON); rebuild the app.', { cause: error });
    }
    throw new Error(
      `Could not load manifest.json: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  const articles = bundledArticles(fetchData);
  const segments = await Promise.all(
    segmentPaths.map(async ({ index }) => {
      const bytes = await (await fetchOk(fetchData, index)).arrayBuffer();
      try {
        return new SegmentReader(bytes, index);
      } catch (error) {
        throw damaged(index, error);
      }
    }),
  );
  return {
    segments,
    loadBody: bodyCache(async (id) => plainText((await articles.article(id)).blocks)),
    loadPositions: async (s) => {
      const path = segmentPaths[s]!.positions;
      return (await fetchOk(fetchData, path)).arrayBuffer();
    },
  };
}
