import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { useAnnotationCounts } from '../db/hooks';
import type { LibrarySnapshot } from '../model/library-store';
import { formatCount } from '../model/format-count';
import { libraryOrder, type ShowFilter, type SortKey } from '../model/library-order';
import { readPositions } from '../model/reading-positions';
import { LibraryList } from './LibraryList';
import { SelectField } from './SelectField';
import { Welcome } from './Welcome';
import { ZimLibraries } from './ZimLibraries';

interface Props {
  library: LibrarySnapshot;
  searchRef: RefObject<HTMLInputElement | null>;
  /** The element that scrolls the library (the app's content area), for the list to render only what shows. */
  scrollRef: RefObject<HTMLElement | null>;
  /** Runs a search, for the welcome's first search. */
  onSearch: (query: string) => void;
}

const remembered: { sort: SortKey; source: string; show: ShowFilter } = {
  sort: 'title',
  source: '',
  show: 'all',
};

function scrollToTop(el: HTMLElement | null): void {
  el?.scrollTo({ top: 0 });
}

const SHOW_OPTIONS: { value: ShowFilter; label: string }[] = [
  { value: 'unread', label: 'Unread' },
  { value: 'read', label: 'Read' },
  { value: 'notes', label: 'With highlights' },
  { value: 'imported', label: 'Imported' },
  { value: 'bundled', label: 'Bundled' },
];

/** Every article in the archive, sortable and filterable by source, with each one's highlight count. */
export function LibraryView({ library, searchRef, scrollRef, onSearch }: Props) {
  const { articles, sources, complete, failure, imported, importNotice } = library;
  // Kept for the session, so Back from an article returns to the same order at the same place.
  const [sort, setSortState] = useState<SortKey>(() => remembered.sort);
  const [source, setSourceState] = useState(() => remembered.source);
  const setSort = (value: SortKey): void => setSortState((remembered.sort = value));
  const setSource = (value: string): void => setSourceState((remembered.source = value));
  const [show, setShowState] = useState<ShowFilter>(() => remembered.show);
  const setShow = (value: ShowFilter): void => setShowState((remembered.show = value));
  // Opened articles, read once per visit to the library: the reader records them as they are read.
  const read = useMemo(() => new Set(Object.keys(readPositions(localStorage))), []);
  const counts = useAnnotationCounts().data;
  // A new order starts at its top, as a freshly sorted or filtered list would, not wherever the old one was:
  // scrolled once the new order is in the page, so the list never measures the old order at the new offset.
  const [reordered, setReordered] = useState(0);
  const reorder = (change: () => void): void => {
    change();
    setReordered((n) => n + 1);
  };
  useLayoutEffect(() => {
    if (reordered > 0) scrollToTop(scrollRef.current);
  }, [reordered, scrollRef]);
  const order = useMemo(
    () => libraryOrder(articles, sort, source, sources, { show, counts, read, imported }),
    [articles, sort, source, sources, show, counts, read, imported],
  );
  return (
    <section aria-labelledby="library-title">
      <div className="library-head">
        <h1 id="library-title">Library</h1>
        <span className="muted" data-testid="library-count">
          {formatCount(order.length)} of {formatCount(articles.length)} articles{complete ? '' : ' so far'}
        </span>
        <SelectField
          label="Source"
          value={source}
          anyLabel="All sources"
          options={sources.map((s) => ({ value: s, label: s }))}
          onChange={(value) => reorder(() => setSource(value))}
          testId="filter-source"
        />
        <SelectField
          label="Show"
          value={show === 'all' ? '' : show}
          anyLabel="All articles"
          options={SHOW_OPTIONS}
          onChange={(value) => reorder(() => setShow((value || 'all') as ShowFilter))}
          testId="filter-show"
        />
        <label className="field">
          Sort
          <select
            autoComplete="off"
            value={sort}
            onChange={(e) => reorder(() => setSort(e.target.value as SortKey))}
            data-testid="sort-articles"
          >
            <option value="title">Title A–Z</option>
            <option value="newest">Newest first</option>
            <option value="source">Source</option>
            <option value="shortest">Shortest read first</option>
            <option value="notes">Most highlights</option>
          </select>
        </label>
      </div>
      {failure !== undefined && (
        <p className="notice notice-warn" role="alert" data-testid="library-failed">
          Only part of the library could be loaded: {failure}
        </p>
      )}
      {importNotice !== undefined && (
        <p className="notice notice-warn" role="alert" data-testid="import-notice">
          {importNotice}
        </p>
      )}
      <ZimLibraries />
      <Welcome articles={articles} total={articles.length} everRead={read.size > 0} onSearch={onSearch} />
      {order.length === 0 && articles.length > 0 && (
        <div className="notice" data-testid="library-empty">
          <p>No article matches these filters.</p>
          <button
            type="button"
            className="button"
            onClick={() =>
              reorder(() => {
                setSource('');
                setShow('all');
              })
            }
          >
            Show all articles
          </button>
        </div>
      )}
      <LibraryList
        articles={articles}
        imported={imported}
        order={order}
        counts={counts}
        read={read}
        searchRef={searchRef}
        scrollRef={scrollRef}
        reordered={reordered}
      />
    </section>
  );
}
