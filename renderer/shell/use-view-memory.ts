import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Route } from './route';

/** The key a list view's scroll position is kept under: the library, or one query's results. */
function listKey(route: Route): string | undefined {
  return route.view === 'library' ? `list:${route.query}` : undefined;
}

/** What the user does to move on their own: from then on the list's place is theirs, not restored. */
const USER_MOVES = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;
/** Frames a restored place must hold, unchanged, before it counts as settled. */
const SETTLED_FRAMES = 2;

function focusTarget(opened: string | null): HTMLElement | null {
  if (opened !== null)
    return document.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(opened)}"]`);
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading;
}

/**
 * Puts a list view back where it was (saved scroll offset, or the top) and focuses the article it was left for,
 * or else the view's heading. A virtual list renders and measures its rows a frame or two late, which moves the
 * content under the offset, so the place is set again each frame until it holds; focus moves once it does (so
 * focus also says the list is in place). The user's own scrolling, a click or a key ends it at once, focus
 * included: the list must never jump back under their hand. Returns a function that stops it, for when the view is left sooner.
 */
function restorePlace(
  el: HTMLElement | null,
  saved: number | undefined,
  opened: string | null,
  frames = 12,
): () => void {
  if (el) el.scrollTop = saved ?? 0;
  let held = 0;
  let moved = false;
  let frame = 0;
  const onMove = (): void => void (moved = true);
  const end = (): void => {
    cancelAnimationFrame(frame);
    for (const type of USER_MOVES) window.removeEventListener(type, onMove, { capture: true });
  };
  for (const type of USER_MOVES) window.addEventListener(type, onMove, { capture: true, passive: true });
  const step = (left: number): void => {
    // Focus stays where the user has since put it (a key typed into the search box, a click).
    if (moved) return end();
    if (el && saved !== undefined && Math.abs(el.scrollTop - saved) > 1) {
      el.scrollTop = saved;
      held = 0;
    } else held += 1;
    const target = held >= SETTLED_FRAMES ? focusTarget(opened) : null;
    if (target) target.focus({ preventScroll: true });
    if (target || left <= 0) return end();
    frame = requestAnimationFrame(() => step(left - 1));
  };
  // The first check comes a frame later: the rows have not been measured yet when the view is first laid out.
  frame = requestAnimationFrame(() => step(frames));
  return end;
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
  // A list's place is set again over a few frames; leaving it sooner must not scroll the next view.
  const stopRestoring = useRef<() => void>(() => undefined);

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
    stopRestoring.current();
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
    stopRestoring.current = restorePlace(
      scroller.current,
      saved,
      before.view === 'article' ? lastArticle.current : null,
    );
  }, [route, scroller]);
}
