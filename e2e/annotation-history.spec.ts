import { expect, readDownload, test } from './fixtures';
import { ReaderPage } from './pages/reader-page';
import { openArticle, openInSecondWindow } from './pages/open-article';
import { putStoredRecords } from './support/stored-records';

const PASSAGE = 'Booz Allen Hamilton';
const OTHER = 'AES-256 encryption';

test('Ctrl+Z takes back a new highlight, Ctrl+Shift+Z and Ctrl+Y bring steps back, and the buttons name them', async ({
  app,
}) => {
  const page = app.page;
  const reader = await openArticle(page);
  await expect(page.getByTestId('undo')).toBeDisabled();
  await reader.highlight(PASSAGE, 'green');
  await reader.editAnnotation(PASSAGE, { note: 'who paid?' });
  await expect(page.getByTestId('undo')).toHaveAccessibleName('Undo: Edit note');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(reader.card(PASSAGE).getByTestId('annotation-note')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(reader.cards).toHaveCount(0);
  await expect(page.getByTestId('undo')).toBeDisabled();
  await page.keyboard.press('Control+Shift+z');
  await expect(reader.body.locator('mark.hl-green')).toHaveText(PASSAGE);
  await page.getByTestId('redo').click();
  await expect(reader.card(PASSAGE).getByTestId('annotation-note')).toHaveText('who paid?');
  await expect(page.getByTestId('redo')).toBeDisabled();
});

test('Ctrl+Z in the note box undoes typing, not the highlight', async ({ app }) => {
  const page = app.page;
  const reader = await openArticle(page);
  await reader.highlight(PASSAGE);
  await reader.card(PASSAGE).getByTestId('edit-annotation').click();
  await page.getByTestId('note-input').pressSequentially('abc');
  await page.keyboard.press('Control+z');
  await expect(reader.highlights).toHaveCount(1);
});

test("two windows on one profile keep each other's edits to different fields of a highlight @browser-only", async ({
  app,
}) => {
  const first = await openArticle(app.page);
  await first.highlight(PASSAGE, 'yellow');
  const second = await openInSecondWindow(app.page, app.ownOrigin);
  await expect(second.card(PASSAGE)).toBeVisible();

  // Both windows open the editor on the same highlight; one sets tags, then the other only picks a colour.
  await first.card(PASSAGE).getByTestId('edit-annotation').click();
  await second.editAnnotation(PASSAGE, { tags: '#from-second' });
  await app.page.getByTestId('edit-color-blue').click();
  await app.page.getByTestId('save-annotation').click();

  for (const reader of [first, second]) {
    await expect(reader.card(PASSAGE)).toHaveClass(/note-blue/);
    await expect(reader.card(PASSAGE).getByTestId('annotation-tags')).toHaveText('#from-second');
  }
});

test("damaged stored records are set aside and never hide the article's other highlights", async ({
  app,
}) => {
  const page = app.page;
  const reader = await openArticle(page);
  await reader.highlight(PASSAGE, 'pink');
  const saved = await page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve) => {
        const open = indexedDB.open('airgap');
        open.onsuccess = () => {
          const get = open.result.transaction('annotations').objectStore('annotations').getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as Record<string, unknown>[])[0]!);
          };
        };
      }),
  );
  // The three faults found in real profiles: no position, tags that are not a list, a null quote prefix.
  await putStoredRecords(page, 'annotations', [
    { ...saved, id: 'damaged-1', position: undefined },
    { ...saved, id: 'damaged-2', tags: 'drones' },
    { ...saved, id: 'damaged-3', quote: { ...(saved.quote as object), prefix: null } },
  ]);
  // Reloading keeps the article open: the app reads its highlights afresh, the damaged records among them.
  await page.reload();
  const again = new ReaderPage(page);
  await expect(again.body.locator('mark.hl-pink')).toHaveText(PASSAGE);
  await expect(again.cards).toHaveCount(1);
  await reader.highlight(OTHER, 'blue');
  await expect(again.cards).toHaveCount(2);
  // The library's badge still counts the readable highlights of the article.
  await page.getByTestId('back').click();
  await expect(
    page
      .getByTestId('library-item')
      .filter({ hasText: 'No Evidence Of Drone Data' })
      .getByTestId('highlight-count'),
  ).toHaveText(/2/);
  // The notebook export still works and holds both readable highlights.
  await page.getByTestId('export-notebook').click();
  const exported = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Download Markdown (.md)' }).click();
  const markdown = await readDownload(await exported);
  expect(markdown).toContain('Booz Allen Hamilton');
  expect(markdown).toContain('AES-256 encryption');
  // They are listed with why, as found, and can be saved.
  await page.getByTestId('set-aside-open').click();
  const list = page.getByTestId('set-aside');
  await expect(list).toContainText('damaged-2');
  await expect(list).toContainText('its tags are not a list of words');
  const download = page.waitForEvent('download');
  await page.getByTestId('set-aside-save').click();
  const kept = JSON.parse(await readDownload(await download)) as { id: string }[];
  expect(kept.map((r) => r.id).sort()).toEqual(['damaged-1', 'damaged-2', 'damaged-3']);
});
