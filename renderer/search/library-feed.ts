import type { ArticleMeta } from '../../archive/core/articles/article';
import { parseManifestArticle } from '../../archive/core/articles/data-files';
import { ManifestSyntaxError } from './manifest-scanner';

// The page's library is sent from the search worker, which reads the manifest anyway: parsing its JSON (several
// megabytes for 50,000 articles) on the page would block it, while receiving a few thousand articles at a time
// costs the page a few milliseconds per page. The manifest lists the articles in title order (the build sorts
// them and its test checks that), which is the order the library relies on.

/** Articles per library message: small enough that the page takes each in well under 50 ms. */
export const LIBRARY_PAGE_SIZE = 5_000;

/** One page of the library, as sent to the page; `done` marks the last (which may be empty). */
export interface LibraryPage {
  articles: ArticleMeta[];
  done: boolean;
}

/**
 * Takes the JSON text of the manifest's articles as it is read and hands them over parsed and checked, a
 * page of `size` at a time, so the first page goes out while later articles are still being read. Throws
 * ManifestSyntaxError for text that is not JSON and DataFileError, naming the article, for a damaged one.
 */
export class LibraryPager {
  private texts: string[] = [];
  private sent = 0;

  constructor(
    private readonly onPage: (page: LibraryPage) => void,
    private readonly size = LIBRARY_PAGE_SIZE,
  ) {}

  /** Adds the text of the next articles, sending each page as it fills. */
  add(texts: readonly string[]): void {
    for (const text of texts) {
      this.texts.push(text);
      if (this.texts.length >= this.size) this.send(false);
    }
  }

  /** Sends what is left as the last page, once every article has been added. */
  finish(): void {
    this.send(true);
  }

  private send(done: boolean): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(`[${this.texts.join(',')}]`);
    } catch (error) {
      throw new ManifestSyntaxError(error instanceof Error ? error.message : String(error));
    }
    // One text could hide two articles only if it were not one JSON value; then the count tells.
    if (!Array.isArray(parsed) || parsed.length !== this.texts.length) {
      throw new ManifestSyntaxError('an element of "articles" is not one JSON value');
    }
    const articles = parsed.map((json, k) => parseManifestArticle(json, this.sent + k));
    this.sent += articles.length;
    this.texts = [];
    this.onPage({ articles, done });
  }
}
