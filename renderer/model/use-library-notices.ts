import { useMemo } from 'react';
import { useZimLibraries } from '../db/hooks';
import { formatCount } from './format-count';
import { usePartialLibraries } from './zim-indexing';

/**
 * Sentences for the search results about Kiwix libraries the results do not cover whole: hidden from search, or
 * searched only in part because they are still being indexed (or paused part-way).
 */
export function useLibraryNotices(): string[] {
  const partial = usePartialLibraries();
  const libraries = useZimLibraries().data?.zims;
  return useMemo(() => {
    const hidden = (libraries ?? []).filter((z) => z.hidden === true);
    const notices = [...partial]
      .filter(([uuid]) => !hidden.some((z) => z.uuid === uuid))
      .map(([uuid, { searchable, total }]) => {
        const title = libraries?.find((z) => z.uuid === uuid)?.title ?? 'A Kiwix library';
        return `“${title}” is still being indexed: its results come from ${formatCount(searchable)} of its ${formatCount(total)} pages so far.`;
      });
    if (hidden.length > 0) {
      const names = hidden.map((z) => `“${z.title}”`).join(', ');
      notices.push(
        `Not searched, as you hid ${hidden.length === 1 ? 'it' : 'them'}: ${names}. Show ${hidden.length === 1 ? 'it' : 'them'} again from the library.`,
      );
    }
    return notices;
  }, [partial, libraries]);
}
