import type { Locator, Page } from '@playwright/test';

/** The library and search views: what a user sees before opening an article. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  /** The search box in the top bar. */
  get searchBox(): Locator {
    return this.page.getByTestId('search-input');
  }

  /** Every article row in the library list, in display order. */
  get items(): Locator {
    return this.page.getByTestId('library-item');
  }

  /** Every search result, best first. */
  get results(): Locator {
    return this.page.getByTestId('search-result');
  }

  /** The friendly message shown for a query Lunr cannot parse. */
  get searchError(): Locator {
    return this.page.getByTestId('search-error');
  }

  /** The note under the search box, e.g. that a pasted text was cut to the longest search allowed. */
  get searchNote(): Locator {
    return this.page.getByTestId('search-note');
  }

  /** Shown instead of results while the search index is still loading. */
  get indexLoading(): Locator {
    return this.page.getByTestId('search-loading');
  }

  /** Waits until the archive has loaded and the library lists its articles. */
  async ready(): Promise<this> {
    await this.items.first().waitFor();
    return this;
  }

  /** Titles of the library rows in display order. */
  async titles(): Promise<string[]> {
    return this.items.locator('.library-title').allTextContents();
  }

  /** Types a query the way a user does, one key at a time, and waits for the results to settle. */
  async search(query: string): Promise<void> {
    await this.searchBox.fill('');
    await this.searchBox.pressSequentially(query, { delay: 5 });
    await this.page.waitForFunction((q) => {
      const count = document.querySelector('[data-testid="result-count"]')?.textContent ?? '';
      return (
        count.includes(`“${q}”`) ||
        document.querySelector('[data-testid="search-error"]') !== null ||
        (document.querySelector('[data-testid="search-empty"]')?.textContent ?? '').includes(`“${q}”`)
      );
    }, query);
  }

  /** Titles of the search results, best first. */
  async resultTitles(): Promise<string[]> {
    return this.results.locator('.result-title').allTextContents();
  }

  /** Picks a source in the library's filter ("" for all sources). */
  async filterBySource(source: string): Promise<void> {
    await this.page.getByTestId('filter-source').selectOption(source);
  }

  /** Picks the library order: "title", "newest" or "source". */
  async sortBy(order: 'title' | 'newest' | 'source'): Promise<void> {
    await this.page.getByTestId('sort-articles').selectOption(order);
  }

  /** Opens an article from the library by its exact title. */
  async open(title: string): Promise<void> {
    await this.items.filter({ has: this.page.getByText(title, { exact: true }) }).click();
    await this.page.getByTestId('article-title').waitFor();
  }
}
