import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { openArticle } from './pages/open-article';

// 360 px is a small phone, and what a 720 px window shows at 200% zoom is wider than this.
test.use({ viewport: { width: 360, height: 740 } });

/** Whether anything makes the page wider than the window (which would mean scrolling sideways to read). */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

test('at 360 px wide the library, search and reader fit the window, and the notes open in a drawer', async ({
  app,
}) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  expect(await overflowsSideways(page)).toBe(false);
  await expect(page.getByTestId('theme-dark')).toBeVisible();
  await library.search('drone');
  expect(await overflowsSideways(page)).toBe(false);
  await page.getByRole('button', { name: 'Airgap' }).click();
  const reader = await openArticle(page);
  expect(await overflowsSideways(page)).toBe(false);
  await reader.highlight('Booz Allen Hamilton', 'green');
  const drawer = page.locator('.sidebar');
  await expect(drawer).toBeVisible();
  const box = await drawer.boundingBox();
  // A drawer along the bottom of the window, not a column after the whole article.
  expect(box!.y + box!.height).toBeGreaterThan(740 - 80);
  expect(box!.width).toBeGreaterThan(300);
  await expect(reader.card('Booz Allen Hamilton')).toBeVisible();
});
