import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { HELIGUY, openArticle } from './pages/open-article';

test('each library row shows an excerpt, the reading time and whether it was read; filters and sorts use them', async ({
  app,
}) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  const row = library.items.filter({ hasText: HELIGUY });
  await expect(row.getByTestId('library-excerpt')).toContainText('There is no evidence that data');
  await expect(row.getByTestId('reading-time')).toHaveText(/\d+ min read/);
  await expect(row.getByTestId('unread-mark')).toBeVisible();
  const total = await library.items.count();

  const reader = await openArticle(page);
  await reader.highlight('Booz Allen Hamilton', 'green');
  await reader.back();
  await library.ready();
  await expect(library.items.filter({ hasText: HELIGUY }).getByTestId('unread-mark')).toHaveCount(0);

  await page.getByTestId('filter-show').selectOption('read');
  await expect(library.items).toHaveCount(1);
  await expect(library.items.first()).toContainText(HELIGUY);
  await page.getByTestId('filter-show').selectOption('unread');
  await expect(library.items).toHaveCount(total - 1);
  await expect(library.items.filter({ hasText: HELIGUY })).toHaveCount(0);
  await page.getByTestId('filter-show').selectOption('');
  await page.getByTestId('sort-articles').selectOption('notes');
  await expect(library.items.first()).toContainText(HELIGUY);
  await page.getByTestId('sort-articles').selectOption('shortest');
  const minutes = await library.items.getByTestId('reading-time').allTextContents();
  const values = minutes.map((m) => Number(/\d+/.exec(m)?.[0]));
  expect(values).toEqual([...values].sort((a, b) => a - b));
});

test('the first screen says what the archive is and that nothing leaves, offers a first search, and can be dismissed', async ({
  app,
}) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  const welcome = page.getByTestId('welcome');
  await expect(welcome).toContainText('nothing you do here leaves the machine');
  await expect(welcome).toContainText(`holds ${await library.items.count()} articles`);
  await welcome.getByTestId('welcome-search').click();
  await expect(library.results.first()).toBeVisible();
  await expect(library.searchBox).not.toHaveValue('');
  await page.getByRole('button', { name: 'Airgap' }).click();
  await page.getByTestId('welcome-dismiss').click();
  await expect(welcome).toHaveCount(0);
  await page.reload();
  await library.ready();
  await expect(welcome).toHaveCount(0);
});

test('a filter that leaves nothing says so and offers to show everything again', async ({ app }) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  await page.getByTestId('filter-show').selectOption('read');
  await expect(page.getByTestId('library-empty')).toContainText('No article matches these filters.');
  await page.getByRole('button', { name: 'Show all articles' }).click();
  await expect(library.items.first()).toBeVisible();
  await expect(page.getByTestId('library-empty')).toHaveCount(0);
});
