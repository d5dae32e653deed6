import { expect, test } from './fixtures';
import { openArticle } from './pages/open-article';
import { ReaderPage } from './pages/reader-page';
import { putStoredRecords, storedAnnotation } from './support/stored-records';

const ARTICLE_ID = 'no-evidence-of-drone-data-going-to-dji-or-china';

test('an orphaned note is shown with its quote and can be re-attached to a new passage, undoably', async ({
  app,
}) => {
  const page = app.page;
  await openArticle(page);
  // A note whose passage a re-import removed from the article text.
  await putStoredRecords(page, 'annotations', [
    storedAnnotation({
      id: 'orphan-note',
      articleId: ARTICLE_ID,
      color: 'purple',
      note: 'Who commissioned it?',
      quote: { type: 'TextQuoteSelector', exact: 'a sentence the publisher removed', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 100, end: 132 },
    }),
  ]);
  // The reload keeps the article open and reads its highlights afresh.
  await page.reload();
  const reader = new ReaderPage(page);
  const card = page.locator('[data-annotation-id="orphan-note"]');
  await expect(card.getByTestId('orphan-notice')).toBeVisible();
  await expect(card).toContainText('a sentence the publisher removed');
  await expect(card.getByTestId('annotation-note')).toHaveText('Who commissioned it?');

  // The notebook says it too, and opens the article from there.
  await page.getByTestId('notebook-open').click();
  const item = page.getByTestId('notebook-item').filter({ hasText: 'a sentence the publisher removed' });
  await expect(item.getByTestId('notebook-orphan')).toBeVisible();
  await item.getByRole('button', { name: 'a sentence the publisher removed' }).click();

  await card.getByTestId('reattach').click();
  await reader.select('Booz Allen Hamilton');
  await page.getByTestId('attach-here').click();
  await expect(page.locator('mark[data-annotation-id="orphan-note"]')).toHaveText('Booz Allen Hamilton');
  await expect(card.getByTestId('orphan-notice')).toHaveCount(0);

  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).first().click();
  await expect(card.getByTestId('orphan-notice')).toBeVisible();
});
