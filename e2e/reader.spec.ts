import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const HELIGUY = 'No Evidence Of Drone Data Going To DJI Or China';

test('opened from a search, the article marks its hits and scrolls to the first', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  await library.search('AES-256');
  await library.results.first().click();
  const reader = new ReaderPage(app.page);
  await expect(reader.title).toHaveText(HELIGUY);
  await expect(reader.searchHits.first()).toBeVisible();
  const hits = (await reader.searchHits.allTextContents()).map((t) => t.toLowerCase());
  expect(hits).toEqual(expect.arrayContaining(['aes', '256']));
  // AES-256 is in the last paragraph: only scrolling brings it into view.
  await expect(reader.searchHits.first()).toBeInViewport();
});

test('the keyboard alone finds, opens and leaves an article', async ({ app }) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  await page.keyboard.press('/');
  await expect(library.searchBox).toBeFocused();
  await page.keyboard.type('Interior');
  await expect(library.results.first()).toBeVisible();
  const titles = await library.resultTitles();
  await page.keyboard.press('ArrowDown');
  await expect(library.results.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(library.results.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  const reader = new ReaderPage(page);
  await expect(reader.title).toHaveText(titles[1] ?? 'missing');
  await page.keyboard.press('Escape');
  await expect(library.searchBox).toHaveValue('Interior');
  await expect(library.results.first()).toBeVisible();
});

test('Ctrl+F marks every hit in the article and steps through them', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  await library.open(HELIGUY);
  const reader = new ReaderPage(app.page);
  const text = await reader.body.innerText();
  const expected = text.toLowerCase().split('audit').length - 1;
  expect(expected).toBeGreaterThan(2);
  await app.page.keyboard.press('Control+f');
  const find = app.page.getByTestId('find-input');
  await expect(find).toBeFocused();
  await find.fill('audit');
  await expect(app.page.getByTestId('find-count')).toHaveText(`1 of ${expected}`);
  await expect(reader.body.locator('mark.hit-find')).toHaveCount(expected);
  await find.press('Enter');
  await expect(app.page.getByTestId('find-count')).toHaveText(`2 of ${expected}`);
  await expect(reader.body.locator('mark.hit-find-current')).toHaveAttribute('data-find-id', 'find-1');
  await find.press('Shift+Enter');
  await find.press('Shift+Enter');
  await expect(app.page.getByTestId('find-count')).toHaveText(`${expected} of ${expected}`);
  await expect(reader.body.locator('mark.hit-find-current')).toBeInViewport();
  await find.press('Escape');
  await expect(app.page.getByTestId('find-bar')).toHaveCount(0);
  await expect(reader.body.locator('mark.hit-find')).toHaveCount(0);
});

test('light and dark themes follow the system and can be switched; the choice survives a reload', async ({
  app,
}) => {
  const page = app.page;
  await new LibraryPage(page).ready();
  const background = (): Promise<string> =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const isDark = async (): Promise<boolean> => {
    const [r, g, b] = (await background()).match(/\d+/g)?.map(Number) ?? [255, 255, 255];
    return (r ?? 0) + (g ?? 0) + (b ?? 0) < 200;
  };
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await isDark()).toBe(true);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await isDark()).toBe(false);
  await page.getByTestId('theme-dark').click();
  expect(await isDark()).toBe(true);
  await page.reload();
  await new LibraryPage(page).ready();
  expect(await isDark()).toBe(true);
  await expect(page.getByTestId('theme-dark')).toHaveAttribute('aria-pressed', 'true');
});

test('the text size can be changed and is kept', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  await library.open(HELIGUY);
  const reader = new ReaderPage(app.page);
  const size = (): Promise<number> => reader.body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  await app.page.getByTestId('font-larger').click();
  await app.page.getByTestId('font-larger').click();
  expect(await size()).toBe(before + 4);
  await app.page.reload();
  await expect(reader.body).toBeVisible();
  expect(await size()).toBe(before + 4);
});

test('a link to an unknown article says so and offers a way back', async ({ app }) => {
  await new LibraryPage(app.page).ready();
  await app.page.evaluate(() => (location.hash = '#/article/not-in-the-archive'));
  await expect(app.page.getByRole('alert')).toContainText('could not be opened');
  await app.page.getByRole('button', { name: 'Back to the library' }).click();
  await expect(app.page.getByTestId('library-item').first()).toBeVisible();
});
