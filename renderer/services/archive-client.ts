import { plainText, type Article, type ArticleMeta } from '../../archive/core/article';
import { parseArticleData, parseManifest } from '../../archive/core/data-files';
import { createSearchService, type SearchService } from '../../archive/core/search';
import type { SearchSegmentData } from '../../archive/core/search-index';

/** The opened archive: article list up front, bodies on demand, and search over the shipped index segments. */
export interface ArchiveClient {
  articles: readonly ArticleMeta[];
  metaById: ReadonlyMap<string, ArticleMeta>;
  loadArticle(id: string): Promise<Article>;
  search: SearchService;
}

async function fetchJson(path: string): Promise<unknown> {
  // Relative to the document, so the same build works from app://airgap/ and from 127.0.0.1.
  const response = await fetch(new URL(`data/${path}`, document.baseURI));
  if (!response.ok) throw new Error(`Could not load ${path} (HTTP ${response.status}).`);
  return response.json();
}

function asSegment(json: unknown, path: string): SearchSegmentData {
  const data = json as Partial<SearchSegmentData> | null;
  if (!data || data.version !== 1 || !Array.isArray(data.docs) || typeof data.index !== 'object') {
    throw new Error(`The search index ${path} is damaged or from another version; rebuild the app.`);
  }
  return data as SearchSegmentData;
}

/** Loads the manifest and the prebuilt index segments; article bodies are fetched only when shown. */
export async function openArchive(): Promise<ArchiveClient> {
  const manifest = parseManifest(await fetchJson('manifest.json'));
  const segments = await Promise.all(manifest.segments.map(async (p) => asSegment(await fetchJson(p), p)));
  const metaById = new Map(manifest.articles.map((a) => [a.id, a]));
  const cache = new Map<string, Promise<Article>>();
  const loadArticle = (id: string): Promise<Article> => {
    if (!metaById.has(id)) return Promise.reject(new Error(`There is no article "${id}" in this archive.`));
    let pending = cache.get(id);
    if (!pending) {
      pending = fetchJson(`articles/${encodeURIComponent(id)}.json`).then(parseArticleData);
      // A failed load is forgotten so that opening the article again retries it.
      pending.catch(() => cache.delete(id));
      cache.set(id, pending);
    }
    return pending;
  };
  const search = createSearchService({
    segments,
    loadBody: async (id) => plainText((await loadArticle(id)).blocks),
  });
  return { articles: manifest.articles, metaById, loadArticle, search };
}
