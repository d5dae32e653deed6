import { expect, readDownload, test } from './fixtures';
import { openArticle } from './pages/open-article';

const PASSAGE = 'Booz Allen Hamilton';

test('a backup brings deleted notes back, restoring it twice changes nothing, and a foreign file changes nothing', async ({
  app,
}) => {
  const page = app.page;
  const reader = await openArticle(page);
  await reader.highlight(PASSAGE, 'purple');
  await reader.editAnnotation(PASSAGE, { note: 'Who paid?', tags: 'audit' });

  await page.getByTestId('backup-menu').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('backup-download').click();
  const backup = await readDownload(await download);
  expect(JSON.parse(backup)).toMatchObject({ type: 'AnnotationCollection', total: 1 });

  await reader.card(PASSAGE).getByTestId('delete-annotation').click();
  await expect(reader.cards).toHaveCount(0);

  const restore = async (name: string, text: string) => {
    await page
      .getByTestId('backup-file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };
  await restore('notes.jsonld', backup);
  await expect(page.getByTestId('toast').filter({ hasText: '1 added' })).toBeVisible();
  await expect(reader.card(PASSAGE).getByTestId('annotation-note')).toHaveText('Who paid?');
  await expect(reader.body.locator('mark.hl-purple')).toHaveText(PASSAGE);

  await restore('notes.jsonld', backup);
  await expect(
    page.getByTestId('toast').filter({ hasText: '0 added, 0 updated, 1 already here' }),
  ).toBeVisible();

  await restore('other.json', '{"rows": [1, 2, 3]}');
  await expect(page.getByTestId('toast').filter({ hasText: 'not an Airgap notes backup' })).toBeVisible();
  await restore('broken.json', '{"type": "AnnotationCollection", "items": [');
  await expect(page.getByTestId('toast').filter({ hasText: 'it is not JSON' })).toBeVisible();
  await expect(reader.cards).toHaveCount(1);
});
