import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, readDownload, test, type AppHandle } from './fixtures';
import { ImportDialog } from './pages/import-dialog';
import { LibraryPage } from './pages/library-page';
import { openArticle } from './pages/open-article';

const example = path.join(import.meta.dirname, '..', 'archive', 'example-folder');
const TRACKER = 'https://tracker.example/panel.png';
const NOTES_FILE = path.join(example, 'field-notes', 'interview-notes.md');

/** Every record in every store of the app's database, counted straight from IndexedDB. */
function storedRecords(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('airgap');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const counts: Record<string, number> = {};
          if (names.length === 0) return resolve(counts);
          const tx = db.transaction(names, 'readonly');
          for (const name of names)
            tx.objectStore(name).count().onsuccess = (e) =>
              (counts[name] = (e.target as IDBRequest<number>).result);
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
        };
      }),
  );
}

/** A highlight with a note, a draft left in its editor when `draft` is given, and one imported file. */
async function someUserData(app: AppHandle, draft?: string): Promise<void> {
  const page = app.page;
  const reader = await openArticle(page);
  await reader.highlight('Booz Allen Hamilton', 'green');
  await reader.editAnnotation('Booz Allen Hamilton', { note: 'Who paid?', tags: 'audit' });
  if (draft !== undefined) {
    // Escape keeps what was typed, in IndexedDB and in the synchronous journal.
    await reader.card('Booz Allen Hamilton').getByTestId('edit-annotation').click();
    await page.getByTestId('note-input').fill(draft);
    await page.keyboard.press('Escape');
    await expect(reader.card('Booz Allen Hamilton').getByTestId('annotation-draft')).toBeVisible();
  }
  const dialog = await new ImportDialog(page, app.electronApp).open();
  await dialog.importFiles([NOTES_FILE]);
  await dialog.close();
}

async function openPanel(page: Page): Promise<void> {
  await page.getByTestId('privacy-badge').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
}

test.describe('the privacy panel', () => {
  test.use({ allowForeign: [TRACKER] });

  test('says the app makes no connections and counts a blocked attempt live, by layer, without a reload', async ({
    app,
  }) => {
    const page = app.page;
    await new LibraryPage(page).ready();
    await openPanel(page);
    await expect(page.getByTestId('blocked-total')).toHaveText(/Nothing tried to leave this machine/);
    await expect(page.getByTestId('blocked-csp')).toHaveText('0');
    await expect(page.getByTestId('outside-count')).toHaveText(/: 0\./);
    await expect(page.getByTestId('data-location')).toContainText(new URL(app.ownOrigin).host);
    await expect(page.getByTestId('persistence')).toHaveText(/disk runs low/);
    // A beacon injected into the page, as a hostile article might try: the CSP stops it and the panel hears of it.
    await page.evaluate((src) => {
      const img = document.createElement('img');
      img.src = src;
      document.body.append(img);
    }, TRACKER);
    await expect(page.getByTestId('blocked-csp')).toHaveText('1');
    await expect(page.getByTestId('blocked-total')).toHaveText(/1 outbound attempt was blocked/);
    await expect(page.getByRole('list', { name: 'Most recent blocked attempts' })).toContainText(TRACKER);
    await expect(page.getByTestId('privacy-badge')).toContainText('1 blocked');
  });
});

test('exports all my data as one JSON file with highlights, imported articles, drafts and settings', async ({
  app,
}) => {
  const page = app.page;
  await someUserData(app);
  await openPanel(page);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-all-data').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^airgap-all-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readDownload(file)) as Record<string, unknown>;
  expect(data).toMatchObject({ format: 'airgap-data-export', version: 1 });
  expect(data.annotations).toMatchObject({ type: 'AnnotationCollection', total: 1 });
  expect((data.importedArticles as { fileName: string }[]).map((a) => a.fileName)).toEqual([
    'interview-notes.md',
  ]);
  expect(data.setAsideRecords).toEqual([]);
  expect(data.drafts).toEqual([]);
  expect(Object.keys(data.settings as object)).toContain('airgap.preferences');
});

test('erase asks first, Cancel keeps everything, and erasing leaves no highlight, import, draft or setting', async ({
  app,
}) => {
  const page = app.page;
  await someUserData(app, 'half a thought');
  await page.getByTestId('theme-dark').click();
  await openPanel(page);
  await expect
    .poll(() => storedRecords(page))
    .toEqual({ annotations: 1, imported: 1, drafts: 1, zims: 0, zimParts: 0 });

  await page.getByTestId('erase-all-data').click();
  const confirm = page.getByTestId('erase-dialog');
  await expect(confirm.getByRole('heading', { name: 'Erase all your data?' })).toBeVisible();
  // The safe answer has the focus, and Escape is the same as Cancel.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect
    .poll(() => storedRecords(page))
    .toEqual({ annotations: 1, imported: 1, drafts: 1, zims: 0, zimParts: 0 });

  await page.getByTestId('erase-all-data').click();
  await page.getByTestId('confirm-erase').click();
  const library = await new LibraryPage(page).ready();
  expect(await storedRecords(page)).toEqual({
    annotations: 0,
    imported: 0,
    drafts: 0,
    zims: 0,
    zimParts: 0,
  });
  const ours = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('airgap.') && k !== 'airgap.preferences'),
  );
  expect(ours).toEqual([]);
  const prefs = await page.evaluate(() => localStorage.getItem('airgap.preferences'));
  expect(prefs === null || !prefs.includes('dark')).toBe(true);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  await library.search('interview');
  await expect(library.results.filter({ hasText: /interview notes/i })).toHaveCount(0);
});

test('loading the app logs no console errors or warnings (no missing favicon, no CSP warning)', async ({
  app,
}) => {
  const page = app.page;
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  await page.reload();
  await new LibraryPage(page).ready();
  await page.waitForTimeout(300);
  expect(messages).toEqual([]);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect((await page.request.get(new URL(icon ?? '', page.url()).href)).status()).toBe(200);
});

test('no form field in any view invites autofill', async ({ app }) => {
  const page = app.page;
  const inviting = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('input, textarea, select, form'))
        .filter((el) => !['file', 'radio', 'checkbox', 'hidden'].includes((el as HTMLInputElement).type))
        .filter((el) => el.getAttribute('autocomplete') !== 'off')
        .map((el) => el.outerHTML.slice(0, 80)),
    );
  const library = await new LibraryPage(page).ready();
  expect(await inviting()).toEqual([]);
  await library.search('drone');
  await expect(library.results.first()).toBeVisible();
  expect(await inviting()).toEqual([]);
  await page.goto(`${app.ownOrigin}/#/`);
  const reader = await openArticle(page);
  await reader.highlight('Booz Allen Hamilton', 'green');
  await reader.card('Booz Allen Hamilton').getByTestId('edit-annotation').click();
  await expect(page.getByTestId('annotation-editor')).toBeVisible();
  expect(await inviting()).toEqual([]);
  await page.keyboard.press('Escape');
  await reader.body.click();
  await page.keyboard.press('Control+f');
  await expect(page.getByTestId('find-input')).toBeVisible();
  expect(await inviting()).toEqual([]);
  await page.goto(`${app.ownOrigin}/#/notebook`);
  await expect(page.getByTestId('notebook')).toBeVisible();
  expect(await inviting()).toEqual([]);
  await new ImportDialog(page, app.electronApp).open();
  expect(await inviting()).toEqual([]);
});
