import type { Article, ArticleMeta } from '../../archive/core/articles/article';
import { IMPORTED_ID_PREFIX } from '../../archive/core/import/imported-article';
import { appDatabase } from '../db/database';
import { getImported } from '../db/imported';
import { appLibraryEvents } from '../db/library-events';
import { startSearchWorker, type SearchClient } from '../search/search-client';
import { bundledArticles } from '../search/bundled-articles';
import { createLibraryStore, type Library } from './library-store';
import { appZimClient } from '../zim/zim-client';
import { isZimOpen, onZimFile, parseZimArticleId, reopenDesktopZims } from './zim-sessions';
import { loadZims } from '../db/zims';
import { desktopApi } from './save-text';

/** The opened archive: the library as it arrives, bodies on demand, and search answered by a Web Worker. */
export interface ArchiveClient {
  /** Every article's metadata in title order, arriving from the search worker a page at a time. */
  library: Library;
  loadArticle(id: string): Promise<Article>;
  search: SearchClient;
}

// Relative to the document, so the same build works from app://airgap/ and from 127.0.0.1.
const fetchData = (path: string): Promise<Response> => fetch(new URL(`data/${path}`, document.baseURI));

/**
 * Opens the archive once the first page of the library has come. The search worker reads the manifest (all
 * article metadata: megabytes of JSON that would block the page while parsed) and sends the library in pages
 * before it loads the index, so neither ever runs on the page's main thread. Article bodies are fetched only
 * when shown. Rejects when the manifest cannot be read.
 */
export async function openArchive(): Promise<ArchiveClient> {
  const library = createLibraryStore();
  const search = startSearchWorker(
    document.baseURI,
    (articles, done) => library.add(articles, done),
    ({ articles, unreadable, failure }) =>
      library.setImported(
        articles,
        failure ??
          (unreadable > 0
            ? `${unreadable} imported ${unreadable === 1 ? 'article' : 'articles'} could not be read and ${unreadable === 1 ? 'was' : 'were'} set aside.`
            : undefined),
      ),
  );
  const watchFailure = (): void => {
    const status = search.status();
    // The worker reads the manifest first, so a failure before the library is complete is the manifest's.
    if (status.state === 'failed') library.fail(status.message);
  };
  search.subscribe(watchFailure);
  watchFailure();
  // Whoever changed the imported articles (an import, a rename, an undo, another window), search follows.
  appLibraryEvents().subscribe(() => search.importsChanged());
  // The search worker reads Kiwix pages for snippets from the files the page holds open.
  onZimFile((uuid, file) => search.zimFile(uuid, file));
  // The desktop app reopens the libraries whose files are still where the user picked them (the browser build
  // cannot, so it reads nothing for it at start-up).
  if (desktopApi())
    void loadZims(appDatabase())
      .then(({ zims }) => reopenDesktopZims(zims))
      .catch(() => undefined);
  try {
    await library.started();
  } catch (error) {
    search.close();
    throw error;
  }
  const bundled = bundledArticles(fetchData);
  const cache = new Map<string, Promise<Article>>();
  const loadArticle = async (id: string): Promise<Article> => {
    const zimPage = parseZimArticleId(id);
    if (zimPage !== undefined) {
      if (!isZimOpen(zimPage.uuid))
        throw new Error(
          'This page is in a Kiwix library whose file is not open in this window: open the library from the library view and add its file again.',
        );
      return appZimClient().article(zimPage.uuid, zimPage.path, id);
    }
    // Imported articles are read from the profile each time: a rename or re-import changes them.
    if (id.startsWith(IMPORTED_ID_PREFIX)) {
      const article = await getImported(appDatabase(), id);
      if (!article) throw new Error('This imported article is no longer in the library.');
      return article;
    }
    const known = (articles: readonly ArticleMeta[]): boolean => articles.some((a) => a.id === id);
    // A link may name an article whose page of the library has not come yet.
    if (!known(library.snapshot().articles) && !known(await library.complete())) {
      throw new Error(`There is no article "${id}" in this archive.`);
    }
    let pending = cache.get(id);
    if (!pending) {
      pending = bundled.article(id);
      // A failed load is forgotten so that opening the article again retries it.
      pending.catch(() => cache.delete(id));
      cache.set(id, pending);
    }
    return pending;
  };
  return { library, loadArticle, search };
}
