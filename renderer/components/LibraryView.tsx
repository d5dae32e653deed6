import { useMemo, useState, type RefObject } from 'react';
import type { ArticleMeta } from '../../archive/core/article';
import { formatRoute } from '../app/route';
import { useAnnotationCounts } from '../db/hooks';
import { onListKeyDown } from './list-keyboard';

type SortKey = 'title' | 'newest' | 'source';

interface Props {
  articles: readonly ArticleMeta[];
  searchRef: RefObject<HTMLInputElement | null>;
}

const SORTS: Record<SortKey, (a: ArticleMeta, b: ArticleMeta) => number> = {
  title: (a, b) => a.title.localeCompare(b.title),
  // Undated articles go last: the archive states a date only where the captured text does.
  newest: (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title),
  source: (a, b) => a.source.localeCompare(b.source) || a.title.localeCompare(b.title),
};

/** Every article in the archive, sortable and filterable by source, with each one's highlight count. */
export function LibraryView({ articles, searchRef }: Props) {
  const [sort, setSort] = useState<SortKey>('title');
  const [source, setSource] = useState('');
  const counts = useAnnotationCounts().data;
  const sources = useMemo(() => [...new Set(articles.map((a) => a.source))].sort(), [articles]);
  const shown = useMemo(
    () => articles.filter((a) => !source || a.source === source).sort(SORTS[sort]),
    [articles, source, sort],
  );
  return (
    <section aria-labelledby="library-title">
      <div className="library-head">
        <h1 id="library-title">Library</h1>
        <span className="muted" data-testid="library-count">
          {shown.length} of {articles.length} articles
        </span>
        <label className="field">
          Source
          <select value={source} onChange={(e) => setSource(e.target.value)} data-testid="filter-source">
            <option value="">All sources</option>
            {sources.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Sort
          <select
            value={sort}
            onChange={(e) => setSort(e.target.value as SortKey)}
            data-testid="sort-articles"
          >
            <option value="title">Title A–Z</option>
            <option value="newest">Newest first</option>
            <option value="source">Source</option>
          </select>
        </label>
      </div>
      <ul
        className="library"
        onKeyDown={(e) => onListKeyDown(e, searchRef.current)}
        data-testid="library-list"
      >
        {shown.map((a) => {
          const count = counts?.get(a.id) ?? 0;
          return (
            <li key={a.id}>
              <a
                className="library-item"
                href={formatRoute({ view: 'article', id: a.id, query: '' })}
                data-nav-item
                data-testid="library-item"
              >
                <span className="library-title">{a.title}</span>
                <span className="library-meta">
                  <span data-testid="item-source">{a.source}</span>
                  {a.date && <time dateTime={a.date}> · {a.date}</time>}
                  {count > 0 && (
                    <span className="badge" data-testid="highlight-count">
                      {count} {count === 1 ? 'highlight' : 'highlights'}
                    </span>
                  )}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
