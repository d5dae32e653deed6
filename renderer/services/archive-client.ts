import type { Article, ArticleMeta } from '../../archive/core/article';
import { parseArticleData, parseManifest } from '../../archive/core/data-files';
import { startSearchWorker, type SearchClient } from '../search/search-client';

/** The opened archive: article list up front, bodies on demand, and search answered by a Web Worker. */
export interface ArchiveClient {
  articles: readonly ArticleMeta[];
  metaById: ReadonlyMap<string, ArticleMeta>;
  loadArticle(id: string): Promise<Article>;
  search: SearchClient;
  /** Stops the search worker; for when the app is unmounted. */
  close(): void;
}

async function fetchJson(path: string): Promise<unknown> {
  // Relative to the document, so the same build works from app://airgap/ and from 127.0.0.1.
  const response = await fetch(new URL(`data/${path}`, document.baseURI));
  if (!response.ok) throw new Error(`Could not load ${path} (HTTP ${response.status}).`);
  return response.json();
}

/**
 * Loads the manifest for the library; the search worker starts loading the index at the same time, and the
 * page never waits for it. Article bodies are fetched only when shown.
 */
export async function openArchive(): Promise<ArchiveClient> {
  const search = startSearchWorker(document.baseURI);
  let articles: ArticleMeta[];
  try {
    articles = parseManifest(await fetchJson('manifest.json')).articles;
  } catch (error) {
    search.close();
    throw error;
  }
  const metaById = new Map(articles.map((a) => [a.id, a]));
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
  return { articles, metaById, loadArticle, search, close: () => search.close() };
}
