import { plainText } from '../../archive/core/article';
import {
  articleDataPath,
  parseArticleData,
  parseManifest,
  parseSearchSegment,
} from '../../archive/core/data-files';
import { createSearchService, type SearchService } from '../../archive/core/search';

// Everything that knows the shipped index format lives in this file, so changing the format (e.g. to binary
// segments read with response.arrayBuffer()) touches only loadSearchService's body.

async function fetchJson(fetchData: (path: string) => Promise<Response>, path: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchData(path);
  } catch (error) {
    throw new Error(`Could not load ${path}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  if (!response.ok) throw new Error(`Could not load ${path} (HTTP ${response.status}).`);
  try {
    return await response.json();
  } catch (error) {
    throw new Error(`${path} is damaged (not valid JSON); rebuild the app.`, { cause: error });
  }
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

/**
 * Loads the search index from the data folder and returns the search over it; article bodies (for snippets)
 * are fetched only for the results shown. `fetchData` takes a path relative to the data folder, such as
 * "manifest.json". Rejects with a message naming the file when one is missing or damaged.
 */
export async function loadSearchService(
  fetchData: (path: string) => Promise<Response>,
): Promise<SearchService> {
  const manifestJson = await fetchJson(fetchData, 'manifest.json');
  let segmentPaths: string[];
  try {
    segmentPaths = parseManifest(manifestJson).segments;
  } catch (error) {
    throw damaged('manifest.json', error);
  }
  const segments = await Promise.all(
    segmentPaths.map(async (path) => {
      const json = await fetchJson(fetchData, path);
      try {
        return parseSearchSegment(json);
      } catch (error) {
        throw damaged(path, error);
      }
    }),
  );
  const service = createSearchService({
    segments,
    loadBody: async (id) =>
      plainText(parseArticleData(await fetchJson(fetchData, articleDataPath(id))).blocks),
  });
  // Lunr builds each index on its first query: one query now moves that cost into loading, off the first
  // keystroke, and finds a damaged index before the user does. A limit of 0 fetches no article bodies.
  const probe = await service.search('index', { limit: 0, typing: false });
  if (probe.status !== 'ok') {
    throw new Error('The search index is damaged or from another version; rebuild the app.');
  }
  return service;
}
