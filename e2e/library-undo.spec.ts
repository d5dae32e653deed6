import path from 'node:path';
import { expect, test } from './fixtures';
import { ImportDialog } from './pages/import-dialog';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const example = path.join(import.meta.dirname, '..', 'archive', 'example-folder');
const readingList = path.join(example, 'field-notes', 'reading-list.txt');
const interview = path.join(example, 'field-notes', 'interview-notes.md');
const READING_LIST = 'Reading list on drone data security';

test('Undo takes back a rename and brings a deleted article back with its highlight; Redo does them again', async ({
  app,
}) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  const dialog = await new ImportDialog(page, app.electronApp).open();
  await dialog.importFiles([readingList]);
  await dialog.added.locator('a').first().click();
  const reader = new ReaderPage(page);
  await expect(reader.title).toHaveText(READING_LIST);
  await reader.highlight('grounding order');

  await page.getByTestId('imported-rename').click();
  await page.getByTestId('imported-input').fill('My reading list');
  await page.getByTestId('imported-save').click();
  await expect(reader.title).toHaveText('My reading list');
  await expect(page.getByTestId('undo')).toHaveAccessibleName('Undo: Rename article');
  await page.getByTestId('undo').click();
  await expect(reader.title).toHaveText(READING_LIST);
  await page.getByTestId('redo').click();
  await expect(reader.title).toHaveText('My reading list');

  await page.getByTestId('imported-delete').click();
  await page.getByTestId('imported-delete-confirm').click();
  await expect(reader.title).toHaveCount(0);
  await expect(library.items.filter({ hasText: 'My reading list' })).toHaveCount(0);
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  // Back in the library, in search, and with its highlight anchored where it was.
  await expect(library.items.filter({ hasText: 'My reading list' })).toHaveCount(1);
  await library.search('"white paper"');
  await expect(library.results).toHaveCount(1);
  await library.results.first().click();
  await expect(reader.title).toHaveText('My reading list');
  await expect(reader.highlights).toHaveText(['grounding order']);
});

test('a whole import is one step: Undo removes its articles from the library and search, Redo restores them', async ({
  app,
}) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  const dialog = await new ImportDialog(page, app.electronApp).open();
  await dialog.importFiles([readingList, interview]);
  await expect(page.getByTestId('undo')).toHaveAccessibleName('Undo: Import 2 files');
  await dialog.close();
  await expect(library.items.filter({ hasText: READING_LIST })).toHaveCount(1);

  await page.keyboard.press('Control+z');
  await expect(library.items.filter({ hasText: READING_LIST })).toHaveCount(0);
  await library.search('"white paper"');
  await expect(page.getByTestId('search-empty')).toBeVisible();
  await page.getByTestId('redo').click();
  await expect(library.results).toHaveCount(1);
  await expect(library.results.first()).toContainText(READING_LIST);
});

test('a rename in one window shows in the library and search of another @browser-only', async ({ app }) => {
  const page = app.page;
  await new LibraryPage(page).ready();
  const dialog = await new ImportDialog(page, app.electronApp).open();
  await dialog.importFiles([readingList]);
  await dialog.added.locator('a').first().click();
  const reader = new ReaderPage(page);
  await expect(reader.title).toHaveText(READING_LIST);

  const second = await page.context().newPage();
  await second.goto(`${app.ownOrigin}/`);
  const otherLibrary = await new LibraryPage(second).ready();
  await expect(otherLibrary.items.filter({ hasText: READING_LIST })).toHaveCount(1);

  await page.getByTestId('imported-rename').click();
  await page.getByTestId('imported-input').fill('Renamed elsewhere');
  await page.getByTestId('imported-save').click();
  await expect(otherLibrary.items.filter({ hasText: 'Renamed elsewhere' })).toHaveCount(1);
  await otherLibrary.search('renamed elsewhere');
  await expect(otherLibrary.results.first()).toContainText('Renamed elsewhere');
});
