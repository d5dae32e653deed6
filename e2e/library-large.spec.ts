import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

// A library far longer than the bundled one: the manifest the search worker fetches gets thousands of made-up
// articles (their bodies do not exist, which the list never needs), so the virtual list is tested at size.

interface Meta {
  id: string;
  title: string;
  source: string;
  date?: string;
}

const SOURCES = ['Archive Weekly', 'field notes', 'Harbour Gazette', 'Zenith Review'];
const EXTRA = 20_000;

function madeUp(i: number): Meta {
  const n = String(i).padStart(5, '0');
  const meta: Meta = { id: `made-up-${n}`, title: `Made-up article ${n}`, source: SOURCES[i % 4]! };
  // Every third is undated; the rest spread over 1995-2024 in no particular order.
  if (i % 3 !== 0) meta.date = `${1995 + ((i * 7) % 30)}-${String(1 + (i % 12)).padStart(2, '0')}-15`;
  return meta;
}

const TITLE_ORDER = new Intl.Collator('en');

/** Serves the bundled manifest with EXTRA made-up articles added, in title order as the build writes it. */
async function serveLargeLibrary(page: Page): Promise<Meta[]> {
  let articles: Meta[] = [];
  await page.route('**/data/manifest.json', async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as { articles: Meta[] };
    const extra = Array.from({ length: EXTRA }, (_, i) => madeUp(i));
    articles = [...manifest.articles, ...extra].sort((a, b) => TITLE_ORDER.compare(a.title, b.title));
    await route.fulfill({ response, json: { ...manifest, articles } });
  });
  await page.reload();
  await expect(page.getByTestId('library-count')).toHaveText(/of 20,016 articles$/);
  return articles;
}

const newestFirst = (list: Meta[]): Meta[] =>
  list
    .map((meta, i) => ({ meta, i }))
    .sort((a, b) => (b.meta.date ?? '').localeCompare(a.meta.date ?? '') || a.i - b.i)
    .map(({ meta }) => meta);

const focusedTitle = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => document.activeElement?.querySelector('.library-title')?.textContent ?? undefined);

test('a 20,000-article library lists every article but puts only the rows in view in the page', async ({
  app,
}) => {
  const articles = await serveLargeLibrary(app.page);
  const library = new LibraryPage(app.page);
  await expect(app.page.getByTestId('library-count')).toHaveText('20,016 of 20,016 articles');
  expect(await library.items.count()).toBeLessThan(100);
  const shown = await library.titles();
  expect(shown).toEqual(articles.slice(0, shown.length).map((a) => a.title));
  // Each row tells assistive technology where it stands in the whole list.
  await expect(app.page.locator('.library > li').first()).toHaveAttribute('aria-setsize', '20016');
  await expect(app.page.locator('.library > li').first()).toHaveAttribute('aria-posinset', '1');
  await expect(app.page.locator('.statusbar')).toContainText('20,016 articles');
});

test('scrolling to the end of a long library shows its last rows', async ({ app }) => {
  const articles = await serveLargeLibrary(app.page);
  const library = new LibraryPage(app.page);
  await app.page.locator('main.content').evaluate((main) => main.scrollTo(0, main.scrollHeight));
  await expect(library.items.last().locator('.library-title')).toHaveText(articles.at(-1)!.title);
  await expect(library.items.last()).toBeInViewport();
});

test('sorting and filtering a long library order and count all of it, not only the rows in view', async ({
  app,
}) => {
  const articles = await serveLargeLibrary(app.page);
  const library = new LibraryPage(app.page);
  await library.sortBy('newest');
  const newest = newestFirst(articles);
  await expect(library.items.first().locator('.library-title')).toHaveText(newest[0]!.title);
  await library.items.first().focus();
  await app.page.keyboard.press('End');
  // Undated articles come last, in title order.
  expect(newest.at(-1)?.date).toBeUndefined();
  await expect.poll(() => focusedTitle(app.page)).toBe(newest.at(-1)!.title);

  await library.filterBySource('Harbour Gazette');
  const gazette = newest.filter((a) => a.source === 'Harbour Gazette');
  await expect(app.page.getByTestId('library-count')).toHaveText(
    `${gazette.length.toLocaleString('en')} of 20,016 articles`,
  );
  await expect(library.items.first().locator('.library-title')).toHaveText(gazette[0]!.title);
  await expect(library.items.getByTestId('item-source')).toHaveText(
    Array((await library.items.count()) as number).fill('Harbour Gazette'),
  );
});

test('the keyboard walks a long library: arrows step, End and Home reach rows not yet in the page', async ({
  app,
}) => {
  const articles = await serveLargeLibrary(app.page);
  const library = new LibraryPage(app.page);
  await library.searchBox.focus();
  await library.searchBox.press('ArrowDown');
  await expect.poll(() => focusedTitle(app.page)).toBe(articles[0]!.title);
  for (let step = 0; step < 30; step++) await app.page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedTitle(app.page)).toBe(articles[30]!.title);
  await expect(app.page.locator('.library-item:focus')).toBeInViewport();

  await app.page.keyboard.press('End');
  await expect.poll(() => focusedTitle(app.page)).toBe(articles.at(-1)!.title);
  await expect(app.page.locator('.library-item:focus')).toBeInViewport();
  await app.page.keyboard.press('k');
  await expect.poll(() => focusedTitle(app.page)).toBe(articles.at(-2)!.title);

  await app.page.keyboard.press('Home');
  await expect.poll(() => focusedTitle(app.page)).toBe(articles[0]!.title);
  await app.page.keyboard.press('ArrowUp');
  await expect(library.searchBox).toBeFocused();
});
