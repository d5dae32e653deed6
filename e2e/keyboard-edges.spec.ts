import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { openArticle } from './pages/open-article';

test('a second g chord typed right after the first is followed too', async ({ app }) => {
  const page = app.page;
  await new LibraryPage(page).ready();
  await page.locator('main h1').click();
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/#\/privacy/);
  await page.keyboard.press('g');
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/#\/notebook/);
});

test('Esc and Alt+Left go back from the notebook and from the privacy panel', async ({ app }) => {
  const page = app.page;
  await new LibraryPage(page).ready();
  await page.getByTestId('notebook-open').click();
  await expect(page).toHaveURL(/#\/notebook/);
  await page.locator('main h1').first().focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('library-list')).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/#\/privacy/);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByTestId('library-list')).toBeVisible();
});

test('Ctrl+Z in the search box and the note editor undoes a word at a time, and Ctrl+Shift+Z redoes', async ({
  app,
}) => {
  const page = app.page;
  const box = page.getByTestId('search-input');
  await new LibraryPage(page).ready();
  await box.pressSequentially('data security audit', { delay: 20 });
  await box.press('Control+z');
  await expect(box).toHaveValue('data security ');
  await box.press('Control+z');
  await expect(box).toHaveValue('data ');
  await box.press('Control+Shift+z');
  await expect(box).toHaveValue('data security ');

  await box.fill('');
  const reader = await openArticle(page);
  await reader.highlight('Booz Allen Hamilton', 'yellow');
  await reader.card('Booz Allen Hamilton').getByTestId('edit-annotation').click();
  const note = page.getByTestId('note-input');
  await note.pressSequentially('an independent auditor', { delay: 20 });
  await note.press('Control+z');
  await expect(note).toHaveValue('an independent ');
  // The app's undo of notes is not reached from the field: the highlight is still there.
  await expect(reader.highlights).toHaveCount(1);
});
