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

/**
 * The plain-text offset where the first line of the reading area starts, found by the browser's own hit testing
 * (caretRangeFromPoint just inside the top edge), not by the app's code: what the reader sees at the top.
 */
const lineAtTop = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main.content')!.getBoundingClientRect();
    const body = document.querySelector('[data-testid="article-body"]')!;
    const left = body.getBoundingClientRect().left + 1;
    for (let y = main.top + 2; y < main.top + 80; y += 2) {
      const caret = document.caretRangeFromPoint(left, y);
      const segment = caret?.startContainer.parentElement?.closest<HTMLElement>('[data-start]');
      if (caret && segment && body.contains(segment))
        return Number(segment.dataset.start) + caret.startOffset;
    }
    return -1;
  });

/** How far below the reading area's top edge the line holding a plain-text offset sits, in line heights. */
const linesBelowTop = (page: Page, offset: number) =>
  page.evaluate((at) => {
    const main = document.querySelector('main.content')!.getBoundingClientRect();
    const segments = Array.from(
      document.querySelectorAll<HTMLElement>('[data-testid="article-body"] [data-start]'),
    );
    const segment = segments.filter((s) => Number(s.dataset.start) <= at).at(-1)!;
    const range = document.createRange();
    const text = segment.firstChild as Text;
    const i = at - Number(segment.dataset.start);
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    const line = parseFloat(getComputedStyle(segment.closest('p, li, h2') ?? segment).lineHeight);
    return (range.getBoundingClientRect().top - main.top) / line;
  }, offset);

/** Scrolls so that a line in the middle of a long paragraph halfway down the article is the first line shown. */
const scrollToMiddlePassage = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector<HTMLElement>('main.content')!;
    const paragraphs = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="article-body"] p'));
    const half = paragraphs.slice(Math.floor(paragraphs.length / 3), Math.floor((2 * paragraphs.length) / 3));
    const longest = half.reduce((a, b) =>
      (b.textContent ?? '').length > (a.textContent ?? '').length ? b : a,
    );
    const segment = longest.querySelector<HTMLElement>('[data-start]')!;
    const text = segment.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, Math.floor(text.length * 0.6));
    range.setEnd(text, Math.floor(text.length * 0.6) + 1);
    main.scrollTop += range.getBoundingClientRect().top - main.getBoundingClientRect().top;
  });

test('an article reopens at the same passage, after Back, after a restart, and at another width and size', async ({
  app,
}) => {
  let page = app.page;
  const reader = await openArticle(page);
  await scrollToMiddlePassage(page);
  const passage = await lineAtTop(page);
  expect(passage).toBeGreaterThan(200);
  expect(await scrollTop(page)).toBeGreaterThan(100);

  await reader.back();
  await (await new LibraryPage(page).ready()).open(HELIGUY);
  await expect.poll(() => lineAtTop(page)).toBe(passage);

  page = await app.restart();
  await (await new LibraryPage(page).ready()).open(HELIGUY);
  await expect.poll(() => lineAtTop(page)).toBe(passage);

  // Another window width rewraps every line: the same words are still on the first line shown.
  await new ReaderPage(page).back();
  await page.setViewportSize({ width: 1500, height: 420 });
  await (await new LibraryPage(page).ready()).open(HELIGUY);
  await expect.poll(() => linesBelowTop(page, passage)).toBeGreaterThanOrEqual(-0.1);
  expect(await linesBelowTop(page, passage)).toBeLessThan(1);

  // So does a larger type, chosen while reading.
  await page.getByTestId('reading-settings-open').click();
  const dialog = page.getByTestId('reading-settings');
  await dialog.getByTestId('reading-size').selectOption({ index: 4 });
  await dialog.getByTestId('reading-done').click();
  await new ReaderPage(page).back();
  await (await new LibraryPage(page).ready()).open(HELIGUY);
  await expect.poll(() => linesBelowTop(page, passage)).toBeGreaterThanOrEqual(-0.1);
  expect(await linesBelowTop(page, passage)).toBeLessThan(1);
});
