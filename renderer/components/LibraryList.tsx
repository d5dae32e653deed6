import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ArticleMeta } from '../../archive/core/articles/article';
import { IMPORTED_SOURCE } from '../../archive/core/import/imported-article';
import { readingMinutes } from '../../archive/core/articles/article-summary';
import { formatRoute } from '../shell/route';
import { listMove } from './list-keyboard';

interface Props {
  articles: readonly ArticleMeta[];
  /** Positions in `articles` of the rows to show, in order (see libraryOrder). */
  order: Uint32Array;
  counts: ReadonlyMap<string, number> | undefined;
  /** Ids of the articles the user imported, marked as such. */
  imported: ReadonlySet<string>;
  /** Ids of the articles the user has opened; the others are marked unread. */
  read: ReadonlySet<string>;
  searchRef: RefObject<HTMLInputElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  /** Counts the user's re-sorts and filters: each one starts the list afresh at its top. */
  reordered: number;
}

/** A row's height before it is measured: a line of title, one of source and date, two of excerpt. */
const ROW_ESTIMATE = 118;
const estimateSize = (): number => ROW_ESTIMATE;
// Rows rendered beyond each edge of the view: about a screenful, so scrolling and arrow keys rarely reach a row
// that is not there yet, while the DOM stays a few dozen rows whatever the archive's size.
const OVERSCAN = 20;

/**
 * The library's rows, only those in or near view in the DOM: a 50,000-row list rendered whole takes seconds
 * of main-thread work. Each row says its position in the whole list (aria-posinset/setsize), and the arrow
 * keys, Home and End reach rows that are not rendered yet by scrolling them into view first.
 */
export function LibraryList({
  articles,
  order,
  counts,
  imported,
  read,
  searchRef,
  scrollRef,
  reordered,
}: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The app is not built with the React Compiler, whose memoizing this hook's API would defeat.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: OVERSCAN,
    scrollMargin,
    // Rows are keyed by position (the default), not by article id: the virtualizer looks up every row's key
    // whenever the list changes, and hashing 50,000 id strings then costs more than re-measuring shown rows.
  });

  // Rows are placed from the top of the list, which sits below the heading inside the scrolled area; that offset
  // moves when anything above the list changes size, which resizes the section holding both.
  useLayoutEffect(() => {
    const list = listRef.current;
    const scroller = scrollRef.current;
    if (!list || !scroller || !list.parentElement) return;
    const measure = (): void => {
      const top =
        list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      setScrollMargin(Math.round(top));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list.parentElement);
    return () => observer.disconnect();
  }, [scrollRef]);

  // A new order starts at its top, and the virtualizer is told so itself: it keeps the old order's offset until
  // a scroll event arrives, and rows measured meanwhile (under load, often) would have it correct the scroll back
  // down to that offset. Its own scroll holds the top until the rows are measured. A row the keyboard asked for
  // in the old order (End, then a new filter) is no longer wanted.
  useLayoutEffect(() => {
    if (reordered === 0) return;
    pendingFocus.current = null;
    virtualizer.cancelScroll();
    virtualizer.scrollToOffset(0);
  }, [reordered, virtualizer]);

  const itemAt = (index: number): HTMLElement | null | undefined =>
    listRef.current?.querySelector<HTMLElement>(`li[data-index="${index}"] [data-nav-item]`);

  // A row asked for by the keyboard before it was rendered gets focus once it is.
  useEffect(() => {
    const index = pendingFocus.current;
    const item = index === null ? undefined : itemAt(index);
    if (!item) return;
    pendingFocus.current = null;
    item.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const row = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('li[data-index]');
    const move = listMove(event.key, row ? Number(row.dataset.index) : -1, order.length);
    if (move === undefined) return;
    event.preventDefault();
    if (move.to === 'search') return searchRef.current?.focus();
    const item = itemAt(move.index);
    if (item) return item.focus();
    pendingFocus.current = move.index;
    virtualizer.scrollToIndex(move.index, { align: 'auto' });
  };

  return (
    <ul
      ref={listRef}
      className="library"
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
      data-testid="library-list"
    >
      {virtualizer.getVirtualItems().map((row) => {
        const article = articles[order[row.index]!]!;
        const count = counts?.get(article.id) ?? 0;
        // An imported article without a stated source is "Imported": the badge says it once.
        const showSource = !(imported.has(article.id) && article.source === IMPORTED_SOURCE);
        return (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={row.index}
            aria-posinset={row.index + 1}
            aria-setsize={order.length}
            style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
          >
            <a
              className="library-item"
              href={formatRoute({ view: 'article', id: article.id, query: '' })}
              data-nav-item
              data-article-id={article.id}
              data-testid="library-item"
            >
              <span className="library-title">
                {!read.has(article.id) && (
                  <span
                    className="unread-dot"
                    role="img"
                    aria-label="Unread"
                    title="Unread"
                    data-testid="unread-mark"
                  />
                )}
                {article.title}
              </span>
              <span className="library-meta">
                {showSource && <span data-testid="item-source">{article.source}</span>}
                {article.date && (
                  <time dateTime={article.date}>
                    {showSource ? ' · ' : ''}
                    {article.date}
                  </time>
                )}
                {imported.has(article.id) && (
                  <span className="badge badge-imported" data-testid="imported-mark">
                    Imported
                  </span>
                )}
                {article.words !== undefined && (
                  <span data-testid="reading-time"> · {readingMinutes(article.words)} min read</span>
                )}
                {count > 0 && (
                  <span className="badge" data-testid="highlight-count">
                    {count} {count === 1 ? 'highlight' : 'highlights'}
                  </span>
                )}
              </span>
              {article.excerpt && (
                <span className="library-excerpt" data-testid="library-excerpt">
                  {article.excerpt}
                </span>
              )}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
