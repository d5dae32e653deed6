import { useCallback, useEffect, useState, type RefObject } from 'react';
import { domPointAt, passageAtTop } from '../dom/passage-at-top';

/** Where the caret is drawn, in viewport coordinates. */
export interface CaretBox {
  top: number;
  left: number;
  height: number;
}

// The keys caret mode answers, as Selection.modify steps: Ctrl moves by words, Shift extends the selection.
const STEPS: Readonly<Record<string, { direction: 'backward' | 'forward'; granularity: string }>> = {
  ArrowLeft: { direction: 'backward', granularity: 'character' },
  ArrowRight: { direction: 'forward', granularity: 'character' },
  ArrowUp: { direction: 'backward', granularity: 'line' },
  ArrowDown: { direction: 'forward', granularity: 'line' },
  Home: { direction: 'backward', granularity: 'lineboundary' },
  End: { direction: 'forward', granularity: 'lineboundary' },
};

function caretBox(selection: Selection): CaretBox | null {
  if (selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return rect.height > 0 ? { top: rect.top, left: rect.left, height: rect.height } : null;
}

/**
 * Caret browsing in the article, as browsers offer it on F7: a caret the arrow keys move (by words with Ctrl),
 * Shift+arrows select, and the highlight keys then apply to the selection, so a passage can be highlighted
 * without a mouse. The caret starts at the first line shown and never leaves the article's text.
 */
export function useCaretMode(bodyRef: RefObject<HTMLElement | null>): {
  on: boolean;
  toggle: () => void;
  caret: CaretBox | null;
} {
  const [on, setOn] = useState(false);
  const [caret, setCaret] = useState<CaretBox | null>(null);

  const toggle = useCallback(() => {
    const body = bodyRef.current;
    const selection = document.getSelection();
    if (!on && body && selection) {
      const inside = selection.rangeCount > 0 && body.contains(selection.getRangeAt(0).startContainer);
      if (!inside) {
        const top = body.closest('main')?.getBoundingClientRect().top ?? 0;
        const point = domPointAt(body, passageAtTop(body, top) ?? 0);
        if (point) selection.collapse(point.node, point.offset);
      }
    }
    setOn(!on);
  }, [bodyRef, on]);

  useEffect(() => {
    if (!on) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      const step = STEPS[event.key];
      const body = bodyRef.current;
      const selection = document.getSelection();
      if (!step || !body || !selection || selection.rangeCount === 0 || event.altKey || event.metaKey) return;
      event.preventDefault();
      const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
      const granularity = event.ctrlKey && step.granularity === 'character' ? 'word' : step.granularity;
      selection.modify(event.shiftKey ? 'extend' : 'move', step.direction, granularity);
      // The caret stays in the article: a step past its first or last word is taken back.
      if (!selection.focusNode || !body.contains(selection.focusNode)) {
        if (anchorNode && focusNode)
          selection.setBaseAndExtent(anchorNode, anchorOffset, focusNode, focusOffset);
        return;
      }
      selection.focusNode.parentElement?.scrollIntoView({ block: 'nearest' });
    };
    const onSelection = (): void => {
      const selection = document.getSelection();
      setCaret(selection ? caretBox(selection) : null);
    };
    // Measured once the caret placed by toggle is laid out, then on every change.
    const frame = requestAnimationFrame(onSelection);
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('selectionchange', onSelection);
    window.addEventListener('scroll', onSelection, true);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('selectionchange', onSelection);
      window.removeEventListener('scroll', onSelection, true);
    };
  }, [on, bodyRef]);

  return { on, toggle, caret: on ? caret : null };
}
