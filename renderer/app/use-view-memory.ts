import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Route } from './route';

/** The key a list view's scroll position is kept under: the library, or one query's results. */
function listKey(route: Route): string | undefined {
  return route.view === 'library' ? `list:${route.query}` : undefined;
}

/** Runs find on each of the next few frames until it returns true: a virtual list renders its rows a frame late. */
function retryFrames(find: () => boolean, frames = 10): void {
  if (find() || frames <= 0) return;
  requestAnimationFrame(() => retryFrames(find, frames - 1));
}

/**
 * Puts a list view back where it was (saved scroll offset, or the top) and focuses the article it was left for,
 * or else the view's heading. A virtual list renders its rows a frame or two late, hence the retries.
 */
function restorePlace(el: HTMLElement | null, saved: number | undefined, opened: string | null): void {
  if (el) el.scrollTop = saved ?? 0;
  let focused = false;
  // Rows are measured as they render, which moves the content under the offset: the place is set again on each
  // of the next frames, and focus moves once the row is there.
  retryFrames(() => {
    if (el && saved !== undefined && Math.abs(el.scrollTop - saved) > 1) el.scrollTop = saved;
    if (!focused) {
      const item =
        opened === null
          ? null
          : document.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(opened)}"]`);
      const target = item ?? (opened === null ? document.querySelector<HTMLElement>('main h1') : null);
      if (target) {
        if (target.tagName === 'H1' && !target.hasAttribute('tabindex')) target.tabIndex = -1;
        target.focus({ preventScroll: true });
        focused = true;
      }
    }
    return false;
  }, 12);
}

/**
 * Keeps focus and place across navigation. Opening a view moves focus to its heading (the reader focuses its
 * own title); going back to the library or a list of results restores its scroll position and focuses the
 * article that was opened from it, so a keyboard user continues where they were.
 */
export function useViewMemory(route: Route, scroller: RefObject<HTMLElement | null>): void {
  const positions = useRef(new Map<string, number>());
  const current = useRef(route);
  const lastArticle = useRef<string | null>(null);
  const first = useRef(true);

  // Positions are recorded as the user scrolls: by the time a route changes, the old view is already gone.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const record = (): void => {
      const key = listKey(current.current);
      if (key !== undefined) positions.current.set(key, el.scrollTop);
    };
    el.addEventListener('scroll', record, { passive: true });
    return () => el.removeEventListener('scroll', record);
  }, [scroller]);

  useLayoutEffect(() => {
    const before = current.current;
    current.current = route;
    const isFirst = first.current;
    first.current = false;
    // Typing a query changes the route but not the view: focus stays in the search box.
    if (!isFirst && before.view === route.view) return;
    if (isFirst && route.view !== 'article') return;
    if (route.view === 'article') {
      lastArticle.current = route.id;
      return;
    }
    const key = listKey(route);
    const saved = key === undefined ? undefined : positions.current.get(key);
    restorePlace(scroller.current, saved, before.view === 'article' ? lastArticle.current : null);
  }, [route, scroller]);
}
