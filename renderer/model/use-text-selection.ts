import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { TextRange } from '../../archive/core/articles/text-range';
import { selectionOffsets } from '../dom/selection-offsets';
import { placeToolbar, type ToolbarPlacement } from './toolbar-placement';

/** A selection inside the article body: its plain-text offsets and where to float the toolbar. */
export interface BodySelection {
  range: TextRange;
  anchor: ToolbarPlacement;
}

/** Tracks the user's text selection inside the article body, as plain-text offsets. */
export function useTextSelection(
  bodyRef: RefObject<HTMLElement | null>,
  text: string,
): [BodySelection | null, () => void] {
  const [selection, setSelection] = useState<BodySelection | null>(null);
  useEffect(() => {
    const update = (): void => {
      const root = bodyRef.current;
      const sel = document.getSelection();
      const range = root ? selectionOffsets(root, sel, text) : null;
      if (!range || !sel || !root) {
        setSelection(null);
        return;
      }
      const rect = sel.getRangeAt(0).getBoundingClientRect();
      // In the margin beside the text, or docked along an edge of the reading area: never over the text.
      const area = root.closest('main')?.getBoundingClientRect() ?? {
        top: 0,
        left: 0,
        width: window.innerWidth,
        height: window.innerHeight,
      };
      setSelection({ range, anchor: placeToolbar(rect, root.getBoundingClientRect(), area) });
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', update, true);
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [bodyRef, text]);
  // Stable, so callbacks that clear the selection are not rebuilt on every selection change.
  const clear = useCallback((): void => {
    document.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);
  return [selection, clear];
}
