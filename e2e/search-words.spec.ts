import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

/** Enters a finished query: a trailing space says no word is still being typed (Enter would open a result). */
async function searchFinished(page: Page, query: string): Promise<void> {
  await page.getByTestId('search-input').fill(`${query} `);
}

/** The titles of a query's results once its answer is in and settled. */
async function settledTitles(page: Page, query: string): Promise<string[]> {
  await expect(page.getByTestId('result-count')).toContainText(`“${query}”`);
  await expect(page.getByTestId('results-section')).toHaveAttribute('aria-busy', 'false');
  return new LibraryPage(page).resultTitles();
}

test('a symbol or emoji in a query is left out, so it neither narrows the search nor matches on its own', async ({
  app,
}) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  await searchFinished(page, 'drone');
  const drone = await settledTitles(page, 'drone');
  expect(drone.length).toBeGreaterThan(1);
  for (const extra of ['🙂', '&', '·']) {
    await searchFinished(page, `drone ${extra}`);
    expect(await settledTitles(page, `drone ${extra}`), `drone ${extra}`).toEqual(drone);
    await expect(page.getByTestId('search-notice')).toContainText(
      `Left out, having no letters or digits: “${extra}”`,
    );
  }
  await searchFinished(page, '& 🙂');
  await expect(library.searchError).toContainText('No searchable words');
  await expect(library.results).toHaveCount(0);
});

test('a query of only too common words says which words were left out, instead of finding nothing silently', async ({
  app,
}) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  await searchFinished(page, 'however');
  await expect(library.searchError).toContainText('“however” is too common to search for');
  await searchFinished(page, 'the who drone');
  expect((await settledTitles(page, 'the who drone')).length).toBeGreaterThan(1);
  await expect(page.getByTestId('search-notice')).toContainText('Left out as too common: “the”, “who”.');
});
