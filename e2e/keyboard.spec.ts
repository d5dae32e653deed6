import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { HELIGUY, openArticle } from './pages/open-article';

test('a keyboard user can highlight a passage through find: Ctrl+F, type, Alt+H', async ({ app }) => {
  const reader = await openArticle(app.page);
  await app.page.keyboard.press('Control+f');
  await app.page.keyboard.type('Booz Allen Hamilton');
  await expect(app.page.getByTestId('find-count')).toHaveText('1 of 1');
  await app.page.keyboard.press('Alt+h');
  await expect(reader.card('Booz Allen Hamilton')).toBeVisible();
  expect(await reader.highlightedTexts()).toEqual(['Booz Allen Hamilton']);
});

test('Ctrl+F brings focus back to the find box when it is already open', async ({ app }) => {
  const reader = await openArticle(app.page);
  await app.page.keyboard.press('Control+f');
  await app.page.keyboard.type('DJI');
  await reader.title.click();
  await expect(app.page.getByTestId('find-input')).not.toBeFocused();
  await app.page.keyboard.press('Control+f');
  await expect(app.page.getByTestId('find-input')).toBeFocused();
});

test('Escape closes an open export menu without leaving the article', async ({ app }) => {
  const reader = await openArticle(app.page);
  await app.page.getByTestId('export-article').click();
  await expect(app.page.getByRole('menu')).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(app.page.getByRole('menu')).toHaveCount(0);
  await expect(reader.title).toHaveText(HELIGUY);
  await expect(app.page.getByTestId('export-article')).toBeFocused();
});

test('Alt+Left while typing a note moves the caret, not the page, and the draft survives', async ({
  app,
}) => {
  const reader = await openArticle(app.page);
  await reader.highlight('Booz Allen Hamilton', 'green');
  await reader.card('Booz Allen Hamilton').getByTestId('edit-annotation').click();
  const note = app.page.getByTestId('note-input');
  await note.fill('draft in progress');
  await note.press('Alt+ArrowLeft');
  await expect(reader.title).toHaveText(HELIGUY);
  await expect(note).toHaveValue('draft in progress');
});

test('Enter in the search box opens the best match for what is typed now, not the previous results', async ({
  app,
}) => {
  const library = await new LibraryPage(app.page).ready();
  await library.search('Interior');
  await library.searchBox.fill('AES-256');
  await library.searchBox.press('Enter');
  await expect(new ReaderPage(app.page).title).toHaveText(HELIGUY);
});

test('an older highlight covered by a newer one can still be found from its card', async ({ app }) => {
  const reader = await openArticle(app.page);
  await reader.highlight('Allen', 'blue');
  await reader.highlight('Booz Allen Hamilton', 'pink');
  await reader.card('Allen').filter({ hasNotText: 'Booz' }).locator('.note-quote').click();
  const older = reader.body.locator('mark.hl-active');
  await expect(older).toHaveText('Allen');
  await expect(older).toHaveClass(/hl-blue/);
});
