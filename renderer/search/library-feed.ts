import type { ArticleMeta } from '../../archive/core/article';
import { parseManifestArticle } from '../../archive/core/data-files';

// The page's library is sent from the search worker, which reads the manifest anyway: parsing its JSON (several
// megabytes for 50,000 articles) on the page would block it, while receiving a few thousand articles at a time
// costs the page a few milliseconds per page. The manifest lists the articles in title order (the build sorts
// them and its test checks that), which is the order the library relies on.

/** Articles per library message: small enough that the page takes each in well under 50 ms. */
export const LIBRARY_PAGE_SIZE = 5_000;

/** One page of the library, as sent to the page; `done` marks the last. */
export interface LibraryPage {
  articles: ArticleMeta[];
  done: boolean;
}

/**
 * The manifest's articles (as parsed from JSON, unchecked) in pages of at most `size`, each checked only when
 * it is asked for, so the first page can be sent before the last is read. An empty library is one empty page.
 * Throws DataFileError naming the first damaged article of the page being read.
 */
export function* libraryPages(
  articles: readonly unknown[],
  size = LIBRARY_PAGE_SIZE,
): Generator<LibraryPage> {
  const count = Math.max(1, Math.ceil(articles.length / size));
  for (let k = 0; k < count; k++) {
    const page: ArticleMeta[] = [];
    const end = Math.min(articles.length, (k + 1) * size);
    for (let i = k * size; i < end; i++) page.push(parseManifestArticle(articles[i], i));
    yield { articles: page, done: k === count - 1 };
  }
}
