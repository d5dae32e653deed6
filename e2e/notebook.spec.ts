import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { openArticle } from './pages/open-article';
import { putStoredRecords, storedAnnotation } from './support/stored-records';

test('the notebook lists every highlight, narrows by colour, tag and words, and opens one at its passage', async ({
  app,
}) => {
  const page = app.page;
  const reader = await openArticle(page);
  await reader.highlight('Booz Allen Hamilton', 'blue');
  await reader.editAnnotation('Booz Allen Hamilton', { note: 'Who paid for the audit?', tags: 'audit' });
  await reader.highlight('AES-256 encryption', 'green');
  // A note whose article is no longer in the archive is listed too.
  await putStoredRecords(page, 'annotations', [
    storedAnnotation({
      id: 'gone-1',
      color: 'pink',
      note: 'still here',
      textHash: 'fnv1a64:0',
      quote: { type: 'TextQuoteSelector', exact: 'a passage from a retired article', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 32 },
    }),
  ]);
  // Written behind the app's back, so read afresh: Dexie's query cache only hears of writes made through Dexie.
  await page.reload();
  await page.getByTestId('notebook-open').click();
  const items = page.getByTestId('notebook-item');
  await expect(items).toHaveCount(3);
  await expect(page.getByTestId('notebook')).toContainText('No longer in this archive');
  await page.getByTestId('notebook-color').selectOption('green');
  await expect(items).toHaveText([/AES-256 encryption/]);
  await page.getByTestId('notebook-color').selectOption('');
  await page.getByTestId('notebook-tag').selectOption('audit');
  await expect(items).toHaveText([/Booz Allen Hamilton/]);
  await page.getByTestId('notebook-tag').selectOption('');
  await page.getByTestId('notebook-article').selectOption('retired-article');
  await expect(items).toHaveText([/a passage from a retired article/]);
  await page.getByTestId('notebook-article').selectOption('');
  // The same query syntax as the archive: a wildcard, an excluded word, a phrase.
  await page.getByTestId('notebook-text').fill('pai* +audit');
  await expect(items).toHaveText([/Booz Allen Hamilton/]);
  await page.getByTestId('notebook-text').fill('"retired article" -booz');
  await expect(items).toHaveText([/a passage from a retired article/]);
  await page.getByTestId('notebook-text').fill('');

  // A highlight whose article is gone can be deleted from here, and Undo brings it back.
  await items.filter({ hasText: 'a passage from a retired article' }).getByTestId('notebook-delete').click();
  await expect(items).toHaveCount(2);
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(3);

  await items
    .filter({ hasText: 'Booz Allen Hamilton' })
    .getByRole('button', { name: 'Booz Allen Hamilton' })
    .click();
  await expect(page.getByTestId('article-body')).toBeVisible();
  await expect(page.locator('mark.hl-active')).toHaveText('Booz Allen Hamilton');
  await expect(page.locator('mark.hl-active')).toBeInViewport();
  await page.goBack();
  await expect(page.getByTestId('notebook')).toBeVisible();
});

test('an empty notebook says how to start one', async ({ app }) => {
  await new LibraryPage(app.page).ready();
  await app.page.getByTestId('notebook-open').click();
  await expect(app.page.getByTestId('notebook')).toContainText('No highlights yet');
});

test("one query shows the archive's articles and, set apart, the highlights whose quote, note or tags match", async ({
  app,
}) => {
  const page = app.page;
  const reader = await openArticle(page);
  await reader.highlight('Booz Allen Hamilton', 'blue');
  await reader.editAnnotation('Booz Allen Hamilton', { note: 'Who commissioned it?', tags: 'precisionhawk' });
  await page.getByTestId('back').click();
  const library = await new LibraryPage(page).ready();
  await library.search('commissioned');
  const notes = page.getByTestId('note-hits');
  await expect(notes).toContainText('In your notes');
  await expect(notes.getByTestId('note-hit')).toHaveText(['Booz Allen Hamilton']);
  await library.search('precisionhawk');
  await expect(page.getByTestId('search-result').first()).toBeVisible();
  await expect(notes.getByTestId('note-hit')).toHaveCount(1);
  await notes.getByTestId('note-hit').click();
  await expect(page.locator('mark.hl-active')).toHaveText('Booz Allen Hamilton');
});
