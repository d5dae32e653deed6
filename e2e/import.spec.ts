import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, readDownload, test } from './fixtures';
import { ImportDialog } from './pages/import-dialog';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const example = path.join(import.meta.dirname, '..', 'archive', 'example-folder');
const exampleFiles = [
  'audit-summary.html',
  'broken-download.html',
  'field-notes/interview-notes.md',
  'field-notes/reading-list.txt',
].map((f) => path.join(example, f));

test('imported files appear in the library marked as imported, a broken one is refused with its reason', async ({
  app,
}) => {
  const library = await new LibraryPage(app.page).ready();
  const before = await library.items.count();
  const dialog = await new ImportDialog(app.page, app.electronApp).open();
  expect(await dialog.importFiles(exampleFiles)).toContain('3 imported, 0 updated, 0 skipped, 1 refused');
  await expect(dialog.refused).toHaveText(['broken-download.htmlit looks like a binary file, not text']);
  await expect(dialog.added).toHaveCount(3);
  await dialog.close();

  await expect(library.items).toHaveCount(before + 3);
  const imported = library.items.filter({ has: app.page.getByTestId('imported-mark') });
  await expect(imported.locator('.library-title')).toHaveText(
    [
      'Interview notes: the fleet manager',
      'Reading list on drone data security',
      'What the flight app sent: a summary of three audits',
    ].sort(),
    { useInnerText: true },
  );
});

test('imported articles are searched with the bundled archive and open in the reader without any page script', async ({
  app,
}) => {
  const library = await new LibraryPage(app.page).ready();
  const dialog = await new ImportDialog(app.page, app.electronApp).open();
  await dialog.importFiles(exampleFiles);
  await dialog.close();

  await library.search('crewed aircraft');
  await expect(library.results).toHaveCount(1);
  await expect(library.results.first()).toContainText('Interview notes: the fleet manager');
  // A word in both the bundled archive and an import: both kinds of article are found together.
  await library.search('audit');
  const titles = await library.results.locator('.result-title').allTextContents();
  expect(titles).toContain('What the flight app sent: a summary of three audits');
  expect(titles.some((t) => !t.startsWith('What the flight app sent'))).toBe(true);

  await library.search('flight app sent');
  await library.results.first().click();
  const reader = new ReaderPage(app.page);
  await expect(reader.title).toHaveText('What the flight app sent: a summary of three audits');
  await expect(reader.body).toContainText('Local data mode on: no connection left the phone.');
  await expect(reader.body).not.toContainText('never run');
  expect(await app.page.evaluate(() => (window as unknown as { tracker?: string }).tracker)).toBeUndefined();
});

test('importing the same files again skips them; a changed file updates its article; all survive a restart', async ({
  app,
}, testInfo) => {
  const library = await new LibraryPage(app.page).ready();
  const dialog = await new ImportDialog(app.page, app.electronApp).open();
  await dialog.importFiles(exampleFiles.slice(2));
  await dialog.close();
  await dialog.open();
  expect(await dialog.importFiles(exampleFiles.slice(2))).toContain(
    '0 imported, 0 updated, 2 skipped, 0 refused',
  );
  await dialog.close();
  await dialog.open();
  const changed = testInfo.outputPath('reading-list.txt');
  await writeFile(changed, 'Reading list, revised\n\nOnly one book now.');
  expect(await dialog.importFiles([changed])).toContain('0 imported, 1 updated');
  await dialog.close();
  const count = await library.items.count();

  await app.restart();
  const again = await new LibraryPage(app.page).ready();
  await expect(again.items).toHaveCount(count);
  await expect(again.items.filter({ hasText: 'Reading list, revised' })).toHaveCount(1);
  await expect(again.items.filter({ hasText: 'Reading list on drone data security' })).toHaveCount(0);
});

test('a whole folder imports with each file named by its path inside the folder', async ({ app }) => {
  // The native dialog's folder is read by the main process; the browser's folder picker by Chromium.
  await new LibraryPage(app.page).ready();
  const dialog = await new ImportDialog(app.page, app.electronApp).open();
  expect(await dialog.importFolder(example)).toContain('4 imported, 0 updated, 0 skipped, 1 refused');
  await expect(dialog.added.filter({ hasText: 'field-notes/interview-notes.md' })).toHaveCount(1);
});

test('files dropped on the window are imported', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  const before = await library.items.count();
  await app.page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(['Dropped note\n\nA zeppelin crossed the valley.'], 'dropped.txt', { type: 'text/plain' }),
    );
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
  });
  const dialog = new ImportDialog(app.page, app.electronApp);
  await dialog.summary.waitFor();
  await expect(dialog.summary).toContainText('1 imported');
  await dialog.close();
  await expect(library.items).toHaveCount(before + 1);
  await library.search('zeppelin');
  await expect(library.results).toHaveCount(1);
});

test('cancelling a long import keeps what was imported, consistent with the summary', async ({
  app,
}, testInfo) => {
  const library = await new LibraryPage(app.page).ready();
  const before = await library.items.count();
  const dialog = await new ImportDialog(app.page, app.electronApp).open();
  const folder = testInfo.outputPath('many');
  await mkdir(folder, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < 400; i++) {
    files.push(path.join(folder, `note-${String(i).padStart(3, '0')}.md`));
    await writeFile(
      files[i]!,
      `# Note ${i}\n\n${'Drone field notes with enough words to parse. '.repeat(40)} ${i}`,
    );
  }
  await dialog.choose(files);
  await app.page.getByTestId('import-progress').waitFor();
  await app.page.getByTestId('import-cancel').click();
  await dialog.summary.waitFor();
  const headline = (await dialog.summary.getByRole('status').textContent()) ?? '';
  expect(headline).toMatch(/^Import cancelled\. (\d+) imported/);
  const imported = Number(/(\d+) imported/.exec(headline)![1]);
  expect(imported).toBeLessThan(400);
  await dialog.close();
  // The list renders only the rows in view; its count line covers all of them.
  await expect(app.page.getByTestId('library-count')).toContainText(`of ${before + imported} articles`);
});

test('an imported article can be renamed, retagged and, after asking, deleted; its highlights stay in the notebook', async ({
  app,
}) => {
  const library = await new LibraryPage(app.page).ready();
  const dialog = await new ImportDialog(app.page, app.electronApp).open();
  await dialog.importFiles([exampleFiles[3]!]);
  await dialog.added.locator('a').first().click();
  const reader = new ReaderPage(app.page);
  await expect(reader.title).toHaveText('Reading list on drone data security');
  await reader.highlight('grounding order');

  await app.page.getByTestId('imported-rename').click();
  await app.page.getByTestId('imported-input').fill('My reading list');
  await app.page.getByTestId('imported-save').click();
  await expect(reader.title).toHaveText('My reading list');
  await app.page.getByTestId('imported-retag').click();
  await app.page.getByTestId('imported-input').fill('#drones, audits, drones');
  await app.page.getByTestId('imported-save').click();
  await expect(app.page.getByTestId('imported-actions')).toContainText('tags: drones, audits');
  await library.search('my reading list');
  await expect(library.results.first()).toContainText('My reading list');
  await library.search('"white paper"');
  await expect(library.results).toHaveCount(1);
  await library.results.first().click();

  await app.page.getByTestId('imported-delete').click();
  await expect(app.page.getByRole('alertdialog')).toContainText(
    'Its highlights and notes stay in your notebook',
  );
  await app.page.getByTestId('imported-delete-confirm').click();
  await expect(reader.title).toHaveCount(0);
  await app.page.evaluate(() => (location.hash = '#/'));
  await expect(library.items.filter({ hasText: 'My reading list' })).toHaveCount(0);
  await library.search('"white paper"');
  await expect(app.page.getByTestId('search-empty')).toBeVisible();
  const exported = await app.page.evaluate(async () => {
    const request = indexedDB.open('airgap');
    const db = await new Promise<IDBDatabase>((ok) => (request.onsuccess = () => ok(request.result)));
    const all = db.transaction('annotations').objectStore('annotations').getAll();
    return new Promise<unknown[]>((ok) => (all.onsuccess = () => ok(all.result)));
  });
  expect(exported).toHaveLength(1);
});

test('after a changed file is imported again, its highlights re-anchor where their passage remains and are shown as orphans where it is gone', async ({
  app,
}, testInfo) => {
  const file = testInfo.outputPath('field-report.txt');
  await writeFile(
    file,
    'Field report\n\nThe pilot logged every flight by hand.\n\nThe lab kept the packet captures.',
  );
  const dialog = await new ImportDialog(app.page, app.electronApp).open();
  await new LibraryPage(app.page).ready();
  await dialog.importFiles([file]);
  await dialog.added.locator('a').first().click();
  const reader = new ReaderPage(app.page);
  await reader.highlight('logged every flight');
  await reader.highlight('packet captures');
  await expect(reader.cards).toHaveCount(2);

  // A paragraph added before both passages, one passage reworded.
  await writeFile(
    file,
    'Field report\n\nA new first paragraph.\n\nThe pilot logged every flight by hand.\n\nThe lab kept the raw traffic.',
  );
  await dialog.open();
  expect(await dialog.importFiles([file])).toContain('1 updated');
  await dialog.added.locator('a').first().click();
  await expect(reader.body).toContainText('A new first paragraph.');
  expect(await reader.highlightedTexts()).toEqual(['logged every flight']);
  await expect(reader.cards).toHaveCount(2);
  await expect(
    reader.cards.filter({ hasText: 'This passage is no longer in the article text.' }),
  ).toHaveCount(1);
});

test('an imported article exports its highlights as Markdown like a bundled one, and the notebook counts it as present', async ({
  app,
}) => {
  await new LibraryPage(app.page).ready();
  const dialog = await new ImportDialog(app.page, app.electronApp).open();
  await dialog.importFiles([exampleFiles[2]!]);
  await dialog.added.locator('a').first().click();
  const reader = new ReaderPage(app.page);
  await reader.highlight('crewed aircraft');

  await app.page.getByTestId('export-article').click();
  const download = app.page.waitForEvent('download');
  await app.page.getByRole('menuitem', { name: 'Download Markdown (.md)' }).click();
  const markdown = await readDownload(await download);
  expect(markdown).toContain('Interview notes: the fleet manager');
  expect(markdown).toContain('crewed aircraft');

  await app.page.getByTestId('export-notebook').click();
  const notebookDownload = app.page.waitForEvent('download');
  await app.page.getByRole('menuitem', { name: 'Download Markdown (.md)' }).click();
  const notebook = await readDownload(await notebookDownload);
  expect(notebook).toContain('Interview notes: the fleet manager');
  expect(notebook).not.toContain('No longer in this archive');
});
