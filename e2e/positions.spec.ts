import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { HELIGUY, openArticle } from './pages/open-article';
import { ReaderPage } from './pages/reader-page';

// A short window, so the library, the results and the article all scroll.
test.use({ viewport: { width: 1100, height: 420 } });

const scrollTop = (page: Page) => page.locator('main.content').evaluate((el) => el.scrollTop);

test('opening an article focuses its title; Back focuses the article it was opened from, in place', async ({
  app,
}) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  const items = library.items;
  const count = await items.count();
  const target = items.nth(Math.min(count - 1, 9));
  const title = (await target.locator('.library-title').textContent()) ?? '';
  await target.scrollIntoViewIfNeeded();
  const before = await scrollTop(page);
  expect(before).toBeGreaterThan(0);
  await target.focus();
  await page.keyboard.press('Enter');
  const reader = new ReaderPage(page);
  await expect(reader.title).toHaveText(title);
  await expect(reader.title).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator(`[data-testid="library-item"]:focus .library-title`)).toHaveText(title);
  expect(Math.abs((await scrollTop(page)) - before)).toBeLessThan(40);
});

test('the results list is back at the same place, on the same result, after Back', async ({ app }) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  await library.search('data');
  const last = library.results.last();
  await last.scrollIntoViewIfNeeded();
  const before = await scrollTop(page);
  expect(before).toBeGreaterThan(0);
  const title = (await last.locator('.result-title').textContent()) ?? '';
  await last.click();
  await expect(new ReaderPage(page).title).toBeVisible();
  await page.getByTestId('back').click();
  await expect(library.results.last()).toBeFocused();
  await expect(library.results.last().locator('.result-title')).toHaveText(title);
  expect(Math.abs((await scrollTop(page)) - before)).toBeLessThan(40);
});

test('an article reopens where the reader left it, also after a restart', async ({ app }) => {
  const page = app.page;
  const reader = await openArticle(page);
  await page
    .locator('main.content')
    .evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) / 2 }));
  await page.waitForTimeout(400);
  const middle = await scrollTop(page);
  expect(middle).toBeGreaterThan(100);
  await reader.back();
  await (await new LibraryPage(page).ready()).open(HELIGUY);
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(middle * 0.9);
  expect(await scrollTop(page)).toBeLessThan(middle * 1.1 + 5);

  const again = await app.restart();
  await (await new LibraryPage(again).ready()).open(HELIGUY);
  await expect.poll(() => scrollTop(again)).toBeGreaterThan(middle * 0.9);
});
