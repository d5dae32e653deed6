import { expect, test } from './fixtures';
import { openArticle, openInSecondWindow } from './pages/open-article';
import { ReaderPage } from './pages/reader-page';

const PASSAGE = 'Booz Allen Hamilton';

test('a note typed and never saved is back in its editor after a reload', async ({ app }) => {
  const page = app.page;
  const reader = await openArticle(page);
  await reader.highlight(PASSAGE);
  await reader.card(PASSAGE).getByTestId('edit-annotation').click();
  await page.getByTestId('note-input').pressSequentially('typed, not saved');
  await page.reload();
  const again = new ReaderPage(page);
  await expect(again.cards.getByTestId('note-input')).toHaveValue('typed, not saved');
});

test('Esc closes the editor and keeps the draft; Resume reopens it and Discard throws it away', async ({
  app,
}) => {
  const page = app.page;
  const reader = await openArticle(page);
  await reader.highlight(PASSAGE);
  const card = reader.card(PASSAGE);
  await card.getByTestId('edit-annotation').click();
  await page.getByTestId('note-input').fill('half a thought');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('annotation-editor')).toHaveCount(0);
  await expect(card.getByTestId('annotation-draft')).toContainText('half a thought');
  await card.getByTestId('resume-draft').click();
  await expect(page.getByTestId('note-input')).toHaveValue('half a thought');
  await page.getByTestId('discard-annotation').click();
  await expect(card.getByTestId('annotation-draft')).toHaveCount(0);
  await expect(card.getByTestId('annotation-note')).toHaveCount(0);
});

test('a note saved and the window reloaded at once is never lost, in ten tries', async ({ app }) => {
  const page = app.page;
  const reader = await openArticle(page);
  await reader.highlight(PASSAGE);
  for (let attempt = 0; attempt < 10; attempt++) {
    const note = `note number ${attempt}`;
    const card = new ReaderPage(page).card(PASSAGE);
    await card.getByTestId('edit-annotation').or(card.getByTestId('resume-draft')).first().click();
    await page.getByTestId('note-input').fill(note);
    await page.getByTestId('save-annotation').click({ noWaitAfter: true });
    await page.waitForTimeout(attempt % 6);
    await page.reload();
    // Either saved, or back in the editor as a draft: never gone.
    const saved = new ReaderPage(page).cards;
    await expect(saved.getByTestId('annotation-note').or(saved.getByTestId('note-input'))).toBeVisible();
    const input = saved.getByTestId('note-input');
    if (await input.count()) {
      await expect(input).toHaveValue(note);
      await page.getByTestId('save-annotation').click();
    }
    await expect(saved.getByTestId('annotation-note')).toHaveText(note);
  }
});

test('a note typed while another window deletes its highlight is kept and can bring it back @browser-only', async ({
  app,
}) => {
  const first = await openArticle(app.page);
  await first.highlight(PASSAGE, 'green');
  const other = await openInSecondWindow(app.page, app.ownOrigin);

  await first.card(PASSAGE).getByTestId('edit-annotation').click();
  await app.page.getByTestId('note-input').fill('written while it was deleted');
  await other.card(PASSAGE).getByTestId('delete-annotation').click();
  await expect(other.cards).toHaveCount(0);

  // The editor gives way to a card that keeps the text, and one click brings the highlight back with it.
  await expect(app.page.getByTestId('lost-draft-note')).toHaveText('written while it was deleted');
  await app.page.getByTestId('restore-draft').click();
  for (const reader of [first, other]) {
    await expect(reader.card(PASSAGE).getByTestId('annotation-note')).toHaveText(
      'written while it was deleted',
    );
  }
  await expect(app.page.getByTestId('lost-draft')).toHaveCount(0);
});
