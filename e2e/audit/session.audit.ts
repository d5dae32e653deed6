/**
 * The network audit's scripted session (run by `npm run audit:network` through playwright.audit.config.ts, never
 * by the e2e suite): everything a user does in one sitting, in the built app, with Chromium's netlog recording.
 * The requests the page and its workers made are written beside the netlog for tools/audit/audit-network.ts.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, readDownload, test } from '../fixtures';
import { ImportDialog } from '../pages/import-dialog';
import { LibraryPage } from '../pages/library-page';
import { HELIGUY } from '../pages/open-article';
import { ReaderPage } from '../pages/reader-page';

const outDir = process.env.AIRGAP_AUDIT_DIR ?? path.resolve('test-results', 'audit');
const importFile = path.join(
  import.meta.dirname,
  '..',
  '..',
  'archive',
  'example-folder',
  'audit-summary.html',
);

// One netlog per target, so the browser build and the desktop app are audited apart.
test.use({
  extraArgs: async ({ appTarget }, use) =>
    use([
      `--log-net-log=${path.join(outDir, `netlog-${appTarget}.json`)}`,
      '--net-log-capture-mode=Everything',
    ]),
});

test('a full session: open, search, read, highlight, note, import, export, back up, restore, quit', async ({
  app,
}) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  await library.search('drone data');
  await expect(library.results.first()).toBeVisible();
  await library.results.first().click();
  await expect(page.getByTestId('article-title')).toBeVisible();
  await page.getByRole('button', { name: 'Airgap' }).click();
  await (await library.ready()).open(HELIGUY);

  const reader = new ReaderPage(page);
  await reader.highlight('Booz Allen Hamilton', 'purple');
  await reader.editAnnotation('Booz Allen Hamilton', { note: 'Who paid for the audit?', tags: 'audit' });

  const dialog = await new ImportDialog(page, app.electronApp).open();
  expect(await dialog.importFiles([importFile])).toContain('1 imported');
  await dialog.close();

  await page.getByTestId('export-article').click();
  const markdown = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Download Markdown (.md)' }).click();
  expect(await readDownload(await markdown)).toContain('Who paid for the audit?');

  await page.getByTestId('backup-menu').click();
  const backup = page.waitForEvent('download');
  await page.getByTestId('backup-download').click();
  const saved = await readDownload(await backup);
  await reader.card('Booz Allen Hamilton').getByTestId('delete-annotation').click();
  await expect(reader.cards).toHaveCount(0);
  await page
    .getByTestId('backup-file')
    .setInputFiles({ name: 'notes.jsonld', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await expect(page.getByTestId('toast').filter({ hasText: '1 added' })).toBeVisible();

  await page.getByTestId('privacy-badge').click();
  await expect(page.getByTestId('blocked-total')).toHaveText(/Nothing tried to leave/);

  // Quitting is the fixture's close; the requests are written now, with the origin they were judged against.
  await writeFile(
    path.join(outDir, `requests-${app.electronApp ? 'electron' : 'chromium'}.json`),
    JSON.stringify({ ownOrigin: app.ownOrigin, requests: app.recordedRequests() }, null, 2),
  );
});
