import { readFileSync, writeFileSync } from 'node:fs';
import { decompress } from 'fzstd';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, readDownload, test } from './fixtures';
import { ImportDialog } from './pages/import-dialog';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { readStoredFields } from './support/stored-records';

const fixtures = path.join(import.meta.dirname, '..', 'archive', 'core', 'zim', 'fixtures');
const modern = path.join(fixtures, 'modern.zim');
const legacy = path.join(fixtures, 'legacy-xz.zim');

/** Adds a ZIM file as a library from the import dialog and returns the library page once the dialog is closed. */
async function addLibrary(page: Page, file: string): Promise<LibraryPage> {
  const library = await new LibraryPage(page).ready();
  const dialog = await new ImportDialog(page).open();
  await dialog.choose([file]);
  await expect(page.getByTestId('zim-added')).toBeVisible();
  await dialog.close();
  return library;
}

// The desktop app's native dialog does not offer ZIM files yet (reading them in place from the main process is
// still to come), so these run in the browser build only.
test('a ZIM file is added as a library, listed A-Z with type-ahead, read and annotated @browser-only', async ({
  app,
}) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  const dialog = await new ImportDialog(page).open();
  await dialog.choose([modern]);
  await expect(page.getByTestId('zim-add-summary').getByRole('status')).toHaveText(
    '1 added, 0 refused. They are read where they are, never copied.',
  );
  await expect(page.getByTestId('import-close')).toHaveText('Done');
  await dialog.close();

  const card = page.getByTestId('zim-card');
  await expect(card.getByRole('heading')).toHaveText('Drone audits');
  await expect(card).toContainText('Small test library');
  await expect(card.getByTestId('zim-facts')).toHaveText(/^English · 3 articles · .* · modern\.zim$/);
  await expect(card.locator('img')).toHaveJSProperty('naturalWidth', 48);
  await card.getByRole('link', { name: 'Drone audits' }).click();

  const titles = page.getByTestId('zim-titles').getByRole('link');
  await expect(titles).toHaveText(['Booz Allen audit', 'Drone data audits', 'Kivu report – Données']);
  await page.getByTestId('zim-seek').fill('kiv');
  await expect(titles.first()).toHaveText('Kivu report – Données');
  await page.getByTestId('zim-seek').press('Enter');

  const reader = new ReaderPage(page);
  await expect(reader.title).toHaveText('Kivu report – Données');
  await expect(reader.body).toContainText('Ελληνικά, русский, العربية, 中文');
  await reader.highlight('tested three drones');
  await expect(reader.highlights).toHaveText(['tested three drones']);
  // The exported notes name the library (source) and the page (its UUID and path), to find the passage again.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-article').click();
  await page.getByRole('menuitem', { name: 'Download Markdown (.md)' }).click();
  const markdown = await readDownload(await download);
  expect(markdown).toMatch(/^source: Drone audits$/m);
  expect(markdown).toMatch(/^article-id: ['"]?zim:[0-9a-f]{32}\/A\/Kivu\.html['"]?$/m);
  expect(markdown).toContain('tested three drones');

  // After a restart the library is remembered but its file must be picked again (the browser keeps no path):
  // the page asks for it in place, then shows itself with its highlight.
  await page.reload();
  await expect(page.getByTestId('zim-closed')).toContainText('Pick modern.zim');
  await page.getByTestId('zim-reconnect').setInputFiles(legacy);
  await expect(page.getByRole('alert')).toContainText('legacy-xz.zim is not the file of “Drone audits”');
  await page.getByTestId('zim-reconnect').setInputFiles(modern);
  await expect(reader.title).toHaveText('Kivu report – Données');
  await expect(reader.highlights).toHaveText(['tested three drones']);
  await page.evaluate(() => (location.hash = '#/'));
  await expect(library.items.first()).toBeVisible();
  await expect(page.getByTestId('zim-closed')).toHaveCount(0);
});

test('an older ZIM with xz clusters opens too, and a file that is not a ZIM is refused with its reason @browser-only', async ({
  app,
}) => {
  const page = app.page;
  await new LibraryPage(page).ready();
  const dialog = await new ImportDialog(page).open();
  await dialog.choose([
    { name: 'legacy-xz.zim', mimeType: 'application/octet-stream', buffer: readFileSync(legacy) },
    { name: 'fake.zim', mimeType: 'application/octet-stream', buffer: Buffer.alloc(300) },
  ]);
  await expect(page.getByTestId('zim-refused')).toContainText('fake.zim');
  await expect(page.getByTestId('zim-refused')).toContainText('this is not a ZIM file');
  await page.getByTestId('zim-added').getByRole('link', { name: 'Drone audits' }).click();
  await page.getByTestId('zim-main-page').click();
  const reader = new ReaderPage(page);
  await expect(reader.title).toHaveText('Drone data audits');
  await expect(reader.body).toContainText('An index of the Booz Allen audit');
});

test('a ZIM library is indexed in the background and searched with the rest, also after a restart @browser-only', async ({
  app,
}) => {
  const page = app.page;
  const library = await addLibrary(page, modern);
  await expect(page.getByTestId('zim-searchable')).toHaveText('Searchable: 3 pages');

  // One query over the bundled archive and the library: its page is among the bundled articles' results.
  await library.search('"three drones"');
  const kivu = library.results.filter({ hasText: 'Kivu report – Données' });
  await expect(kivu).toHaveCount(1);
  await expect(kivu).toContainText('Drone audits');
  await expect(kivu.getByTestId('result-snippet')).toContainText('Kivu Consulting tested three drones');
  await expect(library.results.filter({ hasText: 'heliguy' })).toHaveCount(1);
  // The source: operator keeps one library (or publication) out of all of them.
  await library.search('"three drones" source:"Drone audits"');
  await expect(library.results).toHaveCount(1);
  await expect(kivu).toHaveCount(1);
  await kivu.click();
  const reader = new ReaderPage(page);
  await expect(reader.title).toHaveText('Kivu report – Données');

  // The index is kept: after a restart the library is searchable before its file is picked again.
  await page.reload();
  await page.evaluate(() => (location.hash = '#/'));
  await expect(page.getByTestId('zim-searchable')).toHaveText('Searchable: 3 pages');
  await library.search('"three drones"');
  await expect(kivu).toHaveCount(1);
  await kivu.click();
  await expect(page.getByTestId('zim-closed')).toContainText('Pick modern.zim');
});

test('a French library is searched in French: other forms of a word find its pages, and its stop words are left out @browser-only', async ({
  app,
}) => {
  const page = app.page;
  const library = await addLibrary(page, path.join(fixtures, 'french.zim'));
  const card = page.getByTestId('zim-card').filter({ hasText: 'Audits de drones' });
  await expect(card.getByTestId('zim-facts')).toHaveText(/^French · 3 articles · /);
  await expect(page.getByTestId('zim-searchable')).toHaveText('Searchable: 3 pages');

  // "donnée" finds the page that says "données", with the word it matched highlighted.
  await library.search('donnée source:"Audits de drones"');
  const logs = library.results.filter({ hasText: 'Journaux de vol' });
  await expect(logs.getByTestId('result-snippet').locator('mark')).toHaveText('données');
  await expect(library.results).toHaveCount(2);
  // "les" is too common in French to search, so the other word decides alone.
  await library.search('les fabricant source:"Audits de drones"');
  await expect(library.results).toHaveCount(1);
  await expect(library.results.first()).toContainText('Serveurs du fabricant');
});

test('libraries can be hidden from search and shown again, and put in the order the user wants, kept after a restart @browser-only', async ({
  app,
}) => {
  const page = app.page;
  const library = await addLibrary(page, modern);
  await addLibrary(page, path.join(fixtures, 'french.zim'));
  await expect(page.getByTestId('zim-searchable')).toHaveText(['Searchable: 3 pages', 'Searchable: 3 pages']);
  const cards = page.getByTestId('zim-card');
  const titles = cards.locator('.zim-title');
  await expect(titles).toHaveText(['Drone audits', 'Audits de drones']);

  // Keyboard: the French library moves up, and its button keeps focus at the top.
  const french = cards.filter({ hasText: 'Audits de drones' });
  await french.getByTestId('zim-move-up').focus();
  await page.keyboard.press('Enter');
  await expect(titles).toHaveText(['Audits de drones', 'Drone audits']);
  await expect(french.getByTestId('zim-move-up')).toBeFocused();
  await expect(french.getByTestId('zim-move-up')).toHaveAttribute('aria-disabled', 'true');
  // Down again, and back up: the button pressed keeps focus whichever way the card moved, and each move is told.
  await french.getByTestId('zim-move-down').focus();
  await page.keyboard.press('Enter');
  await expect(titles).toHaveText(['Drone audits', 'Audits de drones']);
  await expect(french.getByTestId('zim-move-down')).toBeFocused();
  await expect(page.getByText('Moved “Audits de drones” to 2 of 2.')).toBeVisible();
  await french.getByTestId('zim-move-up').focus();
  await page.keyboard.press('Enter');
  await expect(titles).toHaveText(['Audits de drones', 'Drone audits']);
  await expect(french.getByTestId('zim-move-up')).toBeFocused();

  // Hidden, the French library's pages are not searched, and the results say so.
  await french.getByTestId('zim-hide').click();
  await expect(french.getByTestId('zim-hidden')).toBeVisible();
  await expect(french.getByTestId('zim-hide')).toHaveText('Show in search');
  await library.search('donnée');
  await expect(library.results.filter({ hasText: 'Kivu report' })).toHaveCount(1);
  await expect(library.results.filter({ hasText: 'Journaux de vol' })).toHaveCount(0);
  await expect(
    page.getByText('Not searched, as you hid it: “Audits de drones”.', { exact: false }),
  ).toBeVisible();
  // Also when nothing else matches: the hidden library may be why.
  await library.search('journal');
  await expect(page.getByTestId('search-empty')).toContainText(
    'Not searched, as you hid it: “Audits de drones”.',
  );

  // Both stay as they were after a restart; shown again, the library is searched again.
  await page.reload();
  await page.evaluate(() => (location.hash = '#/'));
  await expect(titles).toHaveText(['Audits de drones', 'Drone audits']);
  await expect(french.getByTestId('zim-hidden')).toBeVisible();
  await french.getByTestId('zim-hide').click();
  await expect(french.getByTestId('zim-hidden')).toHaveCount(0);
  await library.search('donnée');
  await expect(library.results.filter({ hasText: 'Journaux de vol' })).toHaveCount(1);
  await expect(page.getByText('Not searched, as you hid', { exact: false })).toHaveCount(0);
});

test('a library of two parts is paused between them, searched in part, and resumed after a restart without redoing the first @browser-only', async ({
  app,
}) => {
  // Indexes 10,000 pages in all, twice as long as any other test here on a busy 2-core machine.
  test.setTimeout(120_000);
  const page = app.page;
  // 10,000 pages: indexed in two parts of 5,000.
  const file = test.info().outputPath('two-parts.zim');
  writeFileSync(file, decompress(readFileSync(path.join(fixtures, 'two-parts.zim.zst'))));
  const library = await addLibrary(page, file);
  const card = page.getByTestId('zim-card');
  // Paused once the first part is searchable, while the second is being built.
  await expect(card.getByTestId('zim-indexing')).toContainText('5,000 searchable already', {
    timeout: 60_000,
  });
  await card.getByRole('button', { name: 'Pause' }).click();
  await expect(card.getByTestId('zim-paused')).toContainText(/of 10,000 · searchable so far: 5,000 pages/);
  const firstPart = await readStoredFields(page, 'zimParts', ['part', 'builtAt']);
  expect(firstPart.map((p) => p.part)).toEqual([0]);

  // Searched in part, and the results say so.
  await library.search('library source:"Two parts"');
  await expect(page.getByTestId('result-count')).toContainText('5000 articles match');
  await expect(
    page.getByText(
      '“Two parts” is still being indexed: its results come from 5,000 of its 10,000 pages so far.',
    ),
  ).toBeVisible();

  // After a restart, the file picked again resumes at the second part; the first is kept as it was built.
  await page.reload();
  await page.evaluate(() => (location.hash = '#/'));
  await expect(card.getByTestId('zim-paused')).toContainText('add its file to resume');
  await card.getByTestId('zim-reconnect').setInputFiles(file);
  // Indexing 5,000 pages takes seconds: the wait is for the card to say so, however long that takes here.
  await expect(card.getByTestId('zim-searchable')).toHaveText('Searchable: 10,000 pages', {
    timeout: 60_000,
  });
  const parts = await readStoredFields(page, 'zimParts', ['part', 'builtAt']);
  expect(parts.find((p) => p.part === 0)).toEqual(firstPart[0]);
  expect(parts.map((p) => p.part).sort()).toEqual([0, 1]);
  await library.search('library source:"Two parts"');
  await expect(page.getByTestId('result-count')).toContainText('10000 articles match');
});

test('a ZIM page keeps its structure, shows images from the file, opens its links with Back, and runs no script @browser-only', async ({
  app,
}) => {
  const page = app.page;
  await addLibrary(page, modern);
  await page.getByTestId('zim-card').getByRole('link', { name: 'Drone audits' }).click();
  await page.getByTestId('zim-titles').getByRole('link', { name: 'Booz Allen audit' }).click();
  const reader = new ReaderPage(page);
  await expect(reader.title).toHaveText('Booz Allen audit');

  // Lists nest, the infobox is a table with its caption and header cells, the quote and code keep their form.
  await expect(reader.body.locator('ul > li > ol > li')).toHaveText('Takeoff points');
  const table = reader.body.getByRole('table');
  await expect(table.locator('caption')).toHaveText('Audit facts');
  await expect(table.getByRole('rowheader')).toHaveText(['Auditor', 'Year']);
  await expect(table.getByRole('cell')).toHaveText(['Booz Allen Hamilton', '2020']);
  await expect(reader.body.locator('blockquote em')).toHaveText('transmitted');
  await expect(reader.body.locator('pre code')).toHaveText('telemetry: off\nlogs: local');

  // The image comes out of the ZIM file itself, as a blob: URL; nothing is asked of the network.
  const image = reader.body.getByRole('img', { name: 'A dot standing for the drone' });
  await expect(image).toHaveJSProperty('naturalWidth', 48);
  await expect(image).toHaveAttribute('src', /^blob:/);
  await expect(reader.body.locator('figcaption')).toHaveText('The audited drone');

  // A link outside the archive is inert text that shows where it led; the page's script never ran.
  const outside = reader.body.locator('.link-inert');
  await expect(outside).toHaveText('original PDF');
  await expect(outside).toHaveAttribute('title', 'https://www.example.org/audit.pdf');
  await expect(outside).toHaveAttribute('data-address', 'www.example.org');
  await expect(reader.body.getByRole('link')).toHaveCount(1);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();

  // A highlight across the link and the words around it is one passage, and the link still opens its page.
  await reader.highlight("Read Kivu's report or");
  await expect(reader.highlights).toHaveText(['Read ', "Kivu's report", ' or']);
  await reader.body.getByRole('link', { name: "Kivu's report" }).click();
  await expect(reader.title).toHaveText('Kivu report – Données');
  await page.goBack();
  await expect(reader.title).toHaveText('Booz Allen audit');
  await expect(reader.highlights).toHaveText(['Read ', "Kivu's report", ' or']);
});

test('highlights move to a newer edition of a library, and say how they anchor there @browser-only', async ({
  app,
}) => {
  const page = app.page;
  await addLibrary(page, modern);
  await page.getByTestId('zim-card').getByRole('link', { name: 'Drone audits' }).click();
  await page.getByTestId('zim-titles').getByRole('link', { name: 'Kivu report – Données' }).click();
  const reader = new ReaderPage(page);
  await reader.highlight('tested three drones');
  await page.evaluate(() => (location.hash = '#/'));

  // The second edition has the same title under a new UUID, with the highlighted sentence changed.
  await addLibrary(page, path.join(fixtures, 'modern-2.zim'));
  const cards = page.getByTestId('zim-card');
  await expect(cards).toHaveCount(2);
  const offer = page.getByTestId('edition-offer');
  await expect(offer).toHaveCount(1);
  await expect(offer).toContainText('holds 1 highlight on pages of this library');
  await offer.getByRole('button', { name: 'Move it to this edition' }).click();
  await expect(page.getByTestId('edition-moved')).toContainText(
    /^Moved 1 highlight from the [\d-]+ edition\. 0 found as they were, 1 found in changed text, 0 not found/,
  );
  // Opened in the new edition, the highlight is on the changed words.
  await cards.nth(1).getByRole('link', { name: 'Drone audits' }).click();
  await page.getByTestId('zim-titles').getByRole('link', { name: 'Kivu report – Données' }).click();
  await expect(reader.highlights.first()).toBeVisible();
  expect((await reader.highlightedTexts()).join(' ')).toMatch(/tested these drones/);
});
