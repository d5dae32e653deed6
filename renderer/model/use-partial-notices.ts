import { useMemo } from 'react';
import { useZimLibraries } from '../db/hooks';
import { formatCount } from './format-count';
import { usePartialLibraries } from './zim-indexing';

/**
 * Sentences for the search results about Kiwix libraries searched only in part, because they are still being
 * indexed (or paused part-way): results cover the pages indexed so far, and say so.
 */
export function usePartialNotices(): string[] {
  const partial = usePartialLibraries();
  const libraries = useZimLibraries().data?.zims;
  return useMemo(
    () =>
      [...partial].map(([uuid, { searchable, total }]) => {
        const title = libraries?.find((z) => z.uuid === uuid)?.title ?? 'A Kiwix library';
        return `“${title}” is still being indexed: its results come from ${formatCount(searchable)} of its ${formatCount(total)} pages so far.`;
      }),
    [partial, libraries],
  );
}
