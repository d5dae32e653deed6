import { useLayoutEffect } from 'react';
import { readPositions, savePosition, scrollRatio } from './reading-positions';

/** The app's scroller: every view scrolls inside the main element. */
function scroller(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main.content');
}

/**
 * Reopens an article where the user left it, and keeps that place as they read. `restore` is false when the
 * article was opened at a search hit or a highlight, which decide the place themselves. The title takes focus,
 * so screen readers announce the article and Tab continues from its top.
 */
export function useReadingPosition(articleId: string, restore: boolean): void {
  // A layout effect: its cleanup runs while the article is still in the page, before the next view replaces it
  // and scrolls the same element, so the last place saved is the article's, never the library's.
  useLayoutEffect(() => {
    const el = scroller();
    if (!el) return undefined;
    document.getElementById('article-title')?.focus({ preventScroll: true });
    const saved = restore ? readPositions(localStorage)[articleId] : undefined;
    const frame = requestAnimationFrame(() => {
      el.scrollTop = saved ? saved.ratio * (el.scrollHeight - el.clientHeight) : el.scrollTop;
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = (): void => savePosition(localStorage, articleId, scrollRatio(el), new Date());
    const onScroll = (): void => {
      clearTimeout(timer);
      timer = setTimeout(save, 250);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    // Opening counts as reading it, so the library can show it as read even before any scrolling.
    if (!saved) save();
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', onScroll);
      if (timer !== undefined) {
        clearTimeout(timer);
        save();
      }
    };
  }, [articleId, restore]);
}
