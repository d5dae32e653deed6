import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SearchFilters } from '../../archive/core/engine/facets';
import { exportFileName, exportNotebook } from '../../archive/core/export-markdown';
import { Header } from '../components/Header';
import { LibraryView } from '../components/LibraryView';
import { PrivacyBadge } from '../components/PrivacyBadge';
import { ReaderView } from '../components/ReaderView';
import { SearchResults } from '../components/SearchResults';
import { annotationsByArticle } from '../db/annotations';
import { appDatabase } from '../db/database';
import { useAnnotationCounts } from '../db/hooks';
import { isTypingTarget } from '../dom/keyboard';
import { openArchive, type ArchiveClient } from '../services/archive-client';
import { usePreferences } from './preferences';
import { useRoute } from './use-route';
import { useSearch } from './use-search';

type Loaded =
  { status: 'loading' } | { status: 'ready'; archive: ArchiveClient } | { status: 'error'; message: string };

/** The whole app: loads the archive, then shows the library, search results or an article. */
export function App() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let opened: ArchiveClient | undefined;
    openArchive().then(
      (archive) => {
        opened = archive;
        // An archive opened for a view already gone (StrictMode mounts twice) would leave its worker running.
        if (live) setLoaded({ status: 'ready', archive });
        else archive.close();
      },
      (error: Error) => live && setLoaded({ status: 'error', message: error.message }),
    );
    return () => {
      live = false;
      opened?.close();
    };
  }, []);
  if (loaded.status === 'loading') return <div className="splash">Opening the archive…</div>;
  if (loaded.status === 'error') {
    return (
      <div className="fatal" role="alert">
        <h1>The archive could not be opened</h1>
        <p>{loaded.message}</p>
      </div>
    );
  }
  return <Shell archive={loaded.archive} />;
}

function Shell({ archive }: { archive: ArchiveClient }) {
  const { route, navigate, back } = useRoute();
  const [prefs, setPrefs] = usePreferences();
  const searchRef = useRef<HTMLInputElement>(null);
  // The query lives in the route, so Back from an article restores the search it was opened from.
  const query = route.view === 'library' ? route.query : '';
  const [filters, setFilters] = useState<SearchFilters>({});
  const counts = useAnnotationCounts().data;
  const annotated = useMemo(
    () => [...(counts ?? new Map<string, number>())].filter(([, n]) => n > 0).map(([id]) => id),
    [counts],
  );
  const search = useSearch(archive.search, query, { filters, annotated });

  const changeQuery = (value: string): void => {
    search.typed(value);
    navigate({ view: 'library', query: value }, route.view === 'library' ? 'replace' : 'push');
  };
  // Enter opens the best match for what is in the box now, searched as finished, even if the results on
  // screen are older; if the user types on before the answer comes, it is abandoned and nothing opens.
  const openFirst = async (): Promise<void> => {
    const answer = await search.finish();
    if (answer.status === 'ok' && answer.results[0]) {
      navigate({ view: 'article', id: answer.results[0].meta.id, query });
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (
        (e.key === '/' && !isTypingTarget(e.target)) ||
        ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k')
      ) {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const buildNotebook = useCallback(async () => {
    const now = new Date();
    const groups = await annotationsByArticle(appDatabase());
    // Archive order first; notes on an article no longer in the archive are kept, never silently dropped.
    const known = archive.articles.filter((a) => groups.has(a.id));
    const gone = [...groups.keys()].filter((id) => !archive.metaById.has(id)).sort();
    const items = [
      ...known.map((article) => ({ article, annotations: groups.get(article.id) ?? [] })),
      ...gone.map((id) => ({
        article: { id, title: id, source: 'No longer in this archive' },
        annotations: groups.get(id) ?? [],
      })),
    ];
    return { fileName: exportFileName('notebook', now), markdown: exportNotebook(items, now) };
  }, [archive]);

  return (
    <div className="app" data-testid="app-root">
      <Header
        query={route.query}
        onQueryChange={changeQuery}
        onSubmit={() => void openFirst()}
        searchRef={searchRef}
        prefs={prefs}
        onPrefs={setPrefs}
        onHome={() => navigate({ view: 'library', query: '' })}
        exportNotebook={buildNotebook}
      />
      <main className="content">
        {route.view === 'article' ? (
          <ReaderView archive={archive} id={route.id} query={route.query} onBack={back} />
        ) : query.trim() ? (
          <SearchResults
            query={query}
            response={search.response}
            pending={search.pending}
            failure={search.failure}
            indexLoading={search.indexLoading}
            searchRef={searchRef}
            filters={filters}
            onFilters={setFilters}
          />
        ) : (
          <LibraryView articles={archive.articles} searchRef={searchRef} />
        )}
      </main>
      <footer className="statusbar">
        <PrivacyBadge />
        <span className="muted">
          {archive.articles.length} articles · <kbd>/</kbd> search · <kbd>Ctrl</kbd>+<kbd>F</kbd> find ·{' '}
          <kbd>Esc</kbd> back
        </span>
      </footer>
    </div>
  );
}
