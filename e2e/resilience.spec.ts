import { parse } from 'yaml';
import { expect, readDownload, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { putStoredRecords, storedAnnotation } from './support/stored-records';
import { openArticle } from './pages/open-article';

test('when stored notes cannot be read, the reader says so and reading and search keep working', async ({
  app,
}) => {
  const page = app.page;
  await new LibraryPage(page).ready();
  // Storage that refuses to open (a full disk, a broken profile, a policy): every IndexedDB open throws.
  await page.context().addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('storage is unavailable', 'UnknownError');
    };
  });
  await page.reload();
  const library = await new LibraryPage(page).ready();
  await library.open('Parrot and WISeKey aim to set global data protection standards');
  await expect(page.getByTestId('notes-error')).toContainText('could not be read');
  await expect(page.getByTestId('article-body')).toContainText('WISeKey');
  await page.getByTestId('back').click();
  await library.search('Kivu');
  await expect(library.results.first()).toBeVisible();
});

test('notebook export keeps notes whose article is no longer in the archive', async ({ app }) => {
  const page = app.page;
  await new LibraryPage(page).ready();
  // Wait until the app has created its database, then add a note for an article this archive does not have.
  await putStoredRecords(page, 'annotations', [
    storedAnnotation({
      id: 'orphan-1',
      note: 'still mine',
      tags: ['kept'],
      quote: { type: 'TextQuoteSelector', exact: 'a retired passage', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 17 },
    }),
  ]);
  await page.getByTestId('export-notebook').click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Download Markdown (.md)' }).click();
  const markdown = await readDownload(await download);
  expect(parse(/^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '')).toMatchObject({
    articles: 1,
    tags: ['kept'],
  });
  expect(markdown).toContain('No longer in this archive');
  expect(markdown).toContain('> a retired passage');
  expect(markdown).toContain('still mine');
});

test('a full disk is explained in plain words when a highlight cannot be saved, and nothing saved is lost', async ({
  app,
}) => {
  const page = app.page;
  const reader = await openArticle(page);
  await reader.highlight('Booz Allen Hamilton', 'green');
  // From now on every write fails as a full disk makes it fail.
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = full;
    IDBObjectStore.prototype.put = full;
  });
  await reader.select('AES-256 encryption');
  await page.getByTestId('highlight-blue').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'disk is full' })).toBeVisible();
  await expect(reader.cards).toHaveCount(1);
  await expect(reader.body.locator('mark.hl-green')).toHaveText('Booz Allen Hamilton');
});

test('a damaged article pack is named in plain words when an article is opened, and the library stays usable', async ({
  app,
}) => {
  const page = app.page;
  await new LibraryPage(page).ready();
  // The bytes of a pack overwritten on disk: not a zstd frame any more.
  await page.route('**/data/articles/pack-*.bin', (route) => route.fulfill({ status: 200, body: 'damaged' }));
  await page.reload();
  const library = await new LibraryPage(page).ready();
  await library.items
    .filter({ hasText: 'Parrot and WISeKey aim to set global data protection standards' })
    .click();
  await expect(page.getByRole('alert')).toContainText('articles/pack-0-0.bin could not be decompressed');
  await expect(page.getByRole('alert')).toContainText('rebuild the app');
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await expect(page.getByTestId('library-item').first()).toBeVisible();
});
