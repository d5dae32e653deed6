import type { ArticleMeta } from '../../archive/core/articles/article';

// Words too common in titles to make a useful first search.
const COMMON = new Set(
  'about after again against also among another because been before being between both could does down during each every from have into just like made make many more most much must news over says said should since some such than that their them then there these they this those through under until very were what when where which while with would your'.split(
    ' ',
  ),
);

/**
 * A word to offer as a first search: the one most article titles share (at least 4 letters, not a common word),
 * read from the first `limit` titles so it stays instant on a huge archive; undefined for an empty library.
 */
export function firstSearchSuggestion(articles: readonly ArticleMeta[], limit = 2000): string | undefined {
  const counts = new Map<string, { count: number; shown: string }>();
  for (const article of articles.slice(0, limit)) {
    const seen = new Set<string>();
    for (const word of article.title.match(/[\p{L}\p{N}]{3,}/gu) ?? []) {
      const key = word.toLowerCase();
      if (key.length < 3 || COMMON.has(key) || seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { count: 0, shown: word };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  let best: { count: number; shown: string } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.shown;
}
