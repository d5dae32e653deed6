import { useEffect, useState } from 'react';
import { appLibraryEvents } from '../db/library-events';

/**
 * A number that grows whenever the stored article `id` changes (renamed, retagged, updated by an import,
 * deleted or brought back by Undo, here or in another window), so a view showing it reads it again.
 */
export function useLibraryVersion(id: string): number {
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      appLibraryEvents().subscribe((change) => {
        if (change.ids.includes(id)) setVersion((v) => v + 1);
      }),
    [id],
  );
  return version;
}
