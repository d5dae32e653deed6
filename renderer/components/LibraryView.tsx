import { useMemo, useState, type RefObject } from 'react';
import { useAnnotationCounts } from '../db/hooks';
import type { LibrarySnapshot } from '../services/library-store';
import { formatCount } from '../app/format-count';
import { libraryOrder, type SortKey } from '../app/library-order';
import { LibraryList } from './LibraryList';
import { SelectField } from './SelectField';

interface Props {
  library: LibrarySnapshot;
  searchRef: RefObject<HTMLInputElement | null>;
  /** The element that scrolls the library (the app's content area), for the list to render only what shows. */
  scrollRef: RefObject<HTMLElement | null>;
}

const remembered: { sort: SortKey; source: string } = { sort: 'title', source: '' };

/** Every article in the archive, sortable and filterable by source, with each one's highlight count. */
export function LibraryView({ library, searchRef, scrollRef }: Props) {
  const { articles, sources, complete, failure, imported, importNotice } = library;
  // Kept for the session, so Back from an article returns to the same order at the same place.
  const [sort, setSortState] = useState<SortKey>(() => remembered.sort);
  const [source, setSourceState] = useState(() => remembered.source);
  const setSort = (value: SortKey): void => setSortState((remembered.sort = value));
  const setSource = (value: string): void => setSourceState((remembered.source = value));
  const counts = useAnnotationCounts().data;
  // A new order starts at its top, as a freshly sorted or filtered list would, not wherever the old one was.
  const reorder = (change: () => void): void => {
    change();
    scrollRef.current?.scrollTo({ top: 0 });
  };
  const order = useMemo(
    () => libraryOrder(articles, sort, source, sources),
    [articles, sort, source, sources],
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
      <LibraryList
        articles={articles}
        imported={imported}
        order={order}
        counts={counts}
        searchRef={searchRef}
        scrollRef={scrollRef}
      />
    </section>
  );
}
