import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { TextRange } from '../../archive/core/text-range';
import { selectionOffsets } from '../dom/selection-offsets';

/** A selection inside the article body: its plain-text offsets and where to float the toolbar. */
export interface BodySelection {
  range: TextRange;
  anchor: { top: number; left: number };
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
      if (!range || !sel) {
        setSelection(null);
        return;
      }
      const rect = sel.getRangeAt(0).getBoundingClientRect();
      // Above the selection, but always inside the window so the buttons can be reached.
      const top = Math.min(Math.max(8, rect.top - 48), window.innerHeight - 56);
      const left = Math.min(Math.max(8, rect.left + rect.width / 2 - 120), window.innerWidth - 260);
      setSelection({ range, anchor: { top, left } });
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
