import { useEffect, useState } from 'react';
import { sourcesFromDrop } from '../import/collect-files';
import type { ImportSource } from '../import/protocol';

/**
 * Whether files are being dragged over the window, and `onDrop` with what was dropped. A drop is always
 * caught: left to the browser, a dropped file would replace the app with the file.
 */
export function useFileDrag(onDrop: (sources: ImportSource[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent): void => {
      e.preventDefault();
      if (hasFiles(e)) setDragging(true);
    };
    const leave = (e: DragEvent): void => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent): void => {
      e.preventDefault();
      setDragging(false);
      const items = e.dataTransfer?.items;
      if (items && hasFiles(e))
        void sourcesFromDrop(items).then((sources) => sources.length > 0 && onDrop(sources));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop]);
  return dragging;
}
