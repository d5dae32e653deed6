import { useLayoutEffect, type RefObject } from 'react';
import { passageAtTop, scrollPassageToTop } from '../dom/passage-at-top';
import {
  offsetOf,
  placeOf,
  readPositions,
  savePosition,
  scrollRatio,
  type ReadingPosition,
} from './reading-positions';

/** The app's scroller: every view scrolls inside the main element. */
function scroller(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main.content');
}

/** A place in an article: a passage by its plain-text offset, or a share of the scroll range. */
type Place = { offset: number } | { ratio: number };

/**
 * Reopens an article at the passage where the user left it, and keeps that place as they read. `restore` is
 * false when the article was opened at a search hit or a highlight, which decide the place themselves. The title
 * takes focus, so screen readers announce the article and Tab continues from its top.
 *
 * The place is a passage (block and offset), not a pixel. It is held as the text moves under it: whenever the
 * layout changes (fonts arriving, the notes column, the window's width, the reading settings), the passage is
 * brought back to the top of the reading area, so a single scroll made before layout settled cannot lose it.
 * Only the user's own scrolling moves it.
 */
export function useReadingPosition(
  articleId: string,
  restore: boolean,
  bodyRef: RefObject<HTMLElement | null>,
  offsets: readonly number[],
  blockLengths: readonly number[],
): void {
  // A layout effect: its cleanup runs while the article is still in the page, before the next view replaces it
  // and scrolls the same element, so the last place saved is the article's, never the library's.
  useLayoutEffect(() => {
    const el = scroller();
    const body = bodyRef.current;
    if (!el || !body) return undefined;
    document.getElementById('article-title')?.focus({ preventScroll: true });
    const saved: ReadingPosition | undefined = restore ? readPositions(localStorage)[articleId] : undefined;
    const savedPlace =
      saved?.block !== undefined && saved.offset !== undefined
        ? offsetOf(offsets, blockLengths, { block: saved.block, offset: saved.offset })
        : undefined;
    // What is held at the top of the reading area: a passage, or (at the very top, or for a record saved before
    // passages were kept) a ratio. A new article starts at its top, whatever the last view's scroll was.
    const measure = (): Place => {
      const top = el.getBoundingClientRect().top;
      // Above the text's first line (the title still in view) the place is the top, not a passage.
      const offset = body.getBoundingClientRect().top >= top ? undefined : passageAtTop(body, top);
      return offset === undefined ? { ratio: scrollRatio(el) } : { offset };
    };
    let anchor: Place =
      savedPlace !== undefined ? { offset: savedPlace } : { ratio: saved ? saved.ratio : 0 };
    // The scroll offset this hook last set: a scroll event landing there is its own, not the user's.
    let placedAt: number | undefined;
    const place = (): void => {
      if ('offset' in anchor) scrollPassageToTop(el, body, anchor.offset);
      else el.scrollTop = anchor.ratio * (el.scrollHeight - el.clientHeight);
      placedAt = el.scrollTop;
    };
    place();
    // Only a real change of size re-places the passage (an observer also reports each size once at the start,
    // which must not cut short a scroll to a search hit that began meanwhile).
    const sizes = (): string =>
      `${body.offsetWidth}x${body.offsetHeight} ${el.clientWidth}x${el.clientHeight}`;
    let laidOut = sizes();
    const layout = new ResizeObserver(() => {
      const now = sizes();
      if (now === laidOut) return;
      laidOut = now;
      place();
    });
    layout.observe(body);
    layout.observe(el);
    const save = (): void => {
      const where = 'offset' in anchor ? placeOf(offsets, anchor.offset) : undefined;
      const ratio = 'ratio' in anchor ? anchor.ratio : scrollRatio(el);
      savePosition(localStorage, articleId, ratio, new Date(), where);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = (): void => {
      if (placedAt !== undefined && Math.abs(el.scrollTop - placedAt) < 1) return;
      placedAt = undefined;
      anchor = measure();
      clearTimeout(timer);
      timer = setTimeout(save, 250);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    // Opening counts as reading it, so the library can show it as read even before any scrolling.
    if (!saved) save();
    return () => {
      clearTimeout(timer);
      el.removeEventListener('scroll', onScroll);
      layout.disconnect();
      // Always, not only after a scroll event: the last scroll may not have been dispatched yet.
      if (placedAt === undefined || Math.abs(el.scrollTop - placedAt) >= 1) anchor = measure();
      save();
    };
  }, [articleId, restore, bodyRef, offsets, blockLengths]);
}
