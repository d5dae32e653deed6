import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ImportDialog } from './pages/import-dialog';
import { LibraryPage } from './pages/library-page';
import { openArticle } from './pages/open-article';
import { ReaderPage } from './pages/reader-page';

/** Every violation axe finds on the page as it is now, one line each, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
  );
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`every view passes axe in ${theme}`, () => {
    test.beforeEach(async ({ app }) => {
      await new LibraryPage(app.page).ready();
      await app.page.getByTestId(`theme-${theme}`).click();
    });

    test('library, search results with filters, command palette and shortcut sheet', async ({ app }) => {
      const page = app.page;
      expect(await violations(page)).toEqual([]);
      await new LibraryPage(page).search('drone');
      expect(await violations(page)).toEqual([]);
      // A misspelt word, answered with "Did you mean".
      await page.getByTestId('search-input').fill('encrypton ');
      await expect(page.getByTestId('did-you-mean')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Control+k');
      await expect(page.getByTestId('command-palette')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('Shift+?');
      await expect(page.getByTestId('shortcut-sheet')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByTestId('reading-settings-open').click();
      await expect(page.getByTestId('reading-settings')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('reader with a highlight, its note editor, find bar and export preview', async ({ app }) => {
      const page = app.page;
      const reader = await openArticle(page);
      await reader.highlight('Booz Allen Hamilton', 'green');
      await reader.editAnnotation('Booz Allen Hamilton', { note: 'Who paid?', tags: 'audit' });
      expect(await violations(page)).toEqual([]);
      await reader.card('Booz Allen Hamilton').getByTestId('edit-annotation').click();
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+f');
      await page.keyboard.type('DJI');
      expect(await violations(page)).toEqual([]);
      await page.getByTestId('export-article').click();
      await page.getByRole('menuitem', { name: 'Preview…' }).click();
      expect(await violations(page)).toEqual([]);
    });

    test('notebook, import dialog and privacy panel', async ({ app }) => {
      const page = app.page;
      await page.getByTestId('notebook-open').click();
      await expect(page.getByTestId('notebook')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await new ImportDialog(page, app.electronApp).open();
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByTestId('privacy-badge').click();
      await expect(page.getByTestId('privacy-view')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('a Kiwix library: its card in the library, its A-Z view, and its card asking for the file @browser-only', async ({
      app,
    }) => {
      const page = app.page;
      const dialog = await new ImportDialog(page).open();
      await dialog.choose([
        path.join(import.meta.dirname, '..', 'archive', 'core', 'zim', 'fixtures', 'modern.zim'),
      ]);
      await expect(page.getByTestId('zim-added')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await dialog.close();
      await expect(page.getByTestId('zim-card')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.getByTestId('zim-card').getByRole('link').click();
      await expect(page.getByTestId('zim-titles').getByRole('link')).toHaveCount(3);
      expect(await violations(page)).toEqual([]);
      // A page with a table, a figure from the file, a quote, code and both kinds of link.
      await page.getByTestId('zim-titles').getByRole('link', { name: 'Booz Allen audit' }).click();
      await expect(page.getByTestId('article-body').getByRole('img')).toHaveJSProperty('naturalWidth', 48);
      expect(await violations(page)).toEqual([]);
    });

    // Apart from the test above: each scan takes seconds, and together they came near the time one test gets.
    test('a Kiwix library: a second edition offering its highlights, libraries moved and hidden, and a card asking for its file @browser-only', async ({
      app,
    }) => {
      const page = app.page;
      const dialog = await new ImportDialog(page).open();
      await dialog.choose([
        path.join(import.meta.dirname, '..', 'archive', 'core', 'zim', 'fixtures', 'modern.zim'),
      ]);
      await expect(page.getByTestId('zim-added')).toBeVisible();
      await dialog.close();
      await page.getByTestId('zim-card').getByRole('link').click();
      // A highlight there, then a second edition of the library, whose card offers to take it over.
      await page.getByTestId('zim-titles').getByRole('link', { name: 'Kivu report – Données' }).click();
      await new ReaderPage(page).highlight('tested three drones');
      await page.evaluate(() => (location.hash = '#/'));
      const second = await new ImportDialog(page).open();
      await second.choose([
        path.join(import.meta.dirname, '..', 'archive', 'core', 'zim', 'fixtures', 'modern-2.zim'),
      ]);
      await expect(page.getByTestId('zim-added')).toBeVisible();
      await second.close();
      await expect(page.getByTestId('edition-offer')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      // Two libraries, one moved to the top (its Move up now unavailable) and hidden from search.
      await page.getByTestId('zim-card').nth(1).getByTestId('zim-move-up').click();
      await page.getByTestId('zim-card').first().getByTestId('zim-hide').click();
      await expect(page.getByTestId('zim-hidden')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.getByTestId('zim-card').first().getByRole('link').click();
      await expect(page.getByTestId('zim-titles').getByRole('link')).toHaveCount(3);
      await page.reload();
      await expect(page.getByTestId('zim-closed')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}
