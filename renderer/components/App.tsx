import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { SearchFilters } from '../../archive/core/search';
import { Header } from './Header';
import { LibraryView } from './LibraryView';
import { PrivacyBadge } from './PrivacyBadge';
import { SearchResults } from './SearchResults';
import { annotationsByArticle } from '../db/annotations';
import { appDatabase } from '../db/database';
import { useTaggedArticles, useAnnotationCounts } from '../db/hooks';
import type { ImportSource } from '../import/protocol';
import type { ArchiveClient } from '../model/archive-client';
import { formatCount } from '../model/format-count';
import { usePreferences } from '../model/preferences';
import { useRoute } from '../shell/use-route';
import { useSearch } from '../model/use-search';
import type { HighlightStyle } from '../../archive/core/export/note-markdown';
import { SetAsideNotice } from './SetAsideNotice';
import { useNotesSearch } from '../model/use-notes-search';
import { useFileDrag } from '../shell/use-file-drag';
import { useGlobalCommands } from '../shell/use-global-commands';
import { useViewMemory } from '../shell/use-view-memory';
import { preferredExportStyle } from '../model/export-style';
import { CommandPalette } from './CommandPalette';
import { ShortcutSheet } from './ShortcutSheet';
import { ReadingSettings } from './ReadingSettings';
import { useLibraryNotices } from '../model/use-library-notices';

// Export (with its YAML writer) is loaded when first used, not evaluated with everything else at launch.
const loadExport = () => import('../../archive/core/export/export-markdown');
// The import dialog brings the format list (and so the parsers' names); it loads when first opened.
// The reader and the notebook are loaded when first opened: left out of the main bundle, they are not parsed
// and evaluated while the library first loads, where evaluating the main module was the longest task.
const ReaderView = lazy(() => import('./ReaderView').then((m) => ({ default: m.ReaderView })));
const NotebookView = lazy(() => import('./NotebookView').then((m) => ({ default: m.NotebookView })));
const PrivacyView = lazy(() => import('./PrivacyView').then((m) => ({ default: m.PrivacyView })));
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));
const ZimLibraryView = lazy(() => import('./ZimLibraryView').then((m) => ({ default: m.ZimLibraryView })));

type Loaded =
  { status: 'loading' } | { status: 'ready'; archive: ArchiveClient } | { status: 'error'; message: string };

/**
 * The whole app: waits for the archive, then shows the library, search results or an article. The archive is
 * opened by the caller before the first render, so its worker starts while React is still starting; it lives
 * as long as the page.
 */
export function App({ opening }: { opening: Promise<ArchiveClient> }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    opening.then(
      (archive) => live && setLoaded({ status: 'ready', archive }),
      (error: Error) => live && setLoaded({ status: 'error', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, [opening]);
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
  const library = useSyncExternalStore(archive.library.subscribe, archive.library.snapshot);
  const contentRef = useRef<HTMLElement>(null);
  const counts = useAnnotationCounts().data;
  const annotated = useMemo(
    () => [...(counts ?? new Map<string, number>())].filter(([, n]) => n > 0).map(([id]) => id),
    [counts],
  );
  const tagged = useTaggedArticles();
  const libraryNotices = useLibraryNotices();
  const search = useSearch(archive.search, query, { filters, annotated, tagged });
  const notes = useNotesSearch(query);
  const [importing, setImporting] = useState<{ dropped?: ImportSource[] } | null>(null);
  const onDrop = useCallback((dropped: ImportSource[]) => setImporting((open) => open ?? { dropped }), []);
  const dragging = useFileDrag(onDrop);

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

  const buildNotebook = useCallback(
    async (options: { style: HighlightStyle }) => {
      const { exportFileName, exportNotebook } = await loadExport();
      const now = new Date();
      const groups = await annotationsByArticle(appDatabase());
      // Archive order first; notes on an article no longer in the archive are kept, never silently dropped.
      const bundled = await archive.library.complete();
      const current = archive.library.snapshot();
      const articles = [...bundled, ...current.articles.filter((a) => current.imported.has(a.id))];
      const ids = new Set(articles.map((a) => a.id));
      const known = articles.filter((a) => groups.has(a.id));
      const gone = [...groups.keys()].filter((id) => !ids.has(id)).sort();
      const items = [
        ...known.map((article) => ({ article, annotations: groups.get(article.id) ?? [] })),
        ...gone.map((id) => ({
          article: { id, title: id, source: 'No longer in this archive' },
          annotations: groups.get(id) ?? [],
        })),
      ];
      return { fileName: exportFileName('notebook'), markdown: exportNotebook(items, now, options) };
    },
    [archive],
  );

  useViewMemory(route, contentRef);
  const { overlay, open, close } = useGlobalCommands({
    route,
    navigate,
    back,
    searchRef,
    setTheme: (theme) => setPrefs({ theme }),
    openImport: () => setImporting({}),
    buildNotebook: () => buildNotebook({ style: preferredExportStyle() }),
  });

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
        onImport={() => setImporting({})}
        onNotebook={() => navigate({ view: 'notebook', query: '' })}
        onReadingSettings={() => open('reading')}
      />
      <main className="content" ref={contentRef}>
        <Suspense
          fallback={
            <p className="muted" role="status">
              Opening…
            </p>
          }
        >
          {route.view === 'article' ? (
            <ReaderView
              archive={archive}
              id={route.id}
              query={route.query}
              annotation={route.annotation}
              onBack={back}
            />
          ) : route.view === 'privacy' ? (
            <PrivacyView />
          ) : route.view === 'zim' ? (
            <ZimLibraryView uuid={route.uuid} onBack={back} />
          ) : route.view === 'notebook' ? (
            <NotebookView library={library} onOpen={(to) => navigate(to)} loadArticle={archive.loadArticle} />
          ) : query.trim() ? (
            <SearchResults
              query={query}
              response={search.response}
              pending={search.pending}
              settled={search.settled}
              failure={search.failure}
              indexLoading={search.indexLoading}
              searchRef={searchRef}
              filters={filters}
              onFilters={setFilters}
              noteHits={notes?.status === 'ok' ? notes.hits : []}
              partial={libraryNotices}
              onSuggestion={(suggested) => {
                changeQuery(suggested);
                searchRef.current?.focus();
              }}
            />
          ) : (
            <LibraryView
              library={library}
              searchRef={searchRef}
              scrollRef={contentRef}
              onSearch={changeQuery}
            />
          )}
        </Suspense>
      </main>
      {dragging && (
        <div className="drop-target" aria-hidden="true">
          Drop files or folders to import them
        </div>
      )}
      {importing && (
        <Suspense fallback={null}>
          <ImportDialog dropped={importing.dropped} onClose={() => setImporting(null)} />
        </Suspense>
      )}
      {overlay === 'palette' && <CommandPalette onClose={close} />}
      {overlay === 'shortcuts' && <ShortcutSheet onClose={close} />}
      {overlay === 'reading' && <ReadingSettings prefs={prefs} onPrefs={setPrefs} onClose={close} />}
      <footer className="statusbar">
        <PrivacyBadge onOpen={() => navigate({ view: 'privacy', query: '' })} />
        <SetAsideNotice />
        <span className="muted statusbar-hints">
          {formatCount(library.articles.length)} articles{library.complete ? '' : ' so far'} · <kbd>/</kbd>{' '}
          search · <kbd>Ctrl</kbd>+<kbd>K</kbd> commands · <kbd>?</kbd> shortcuts
        </span>
      </footer>
    </div>
  );
}
