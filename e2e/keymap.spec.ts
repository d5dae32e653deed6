import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { openArticle } from './pages/open-article';

test('Ctrl+K opens the command palette, which finds a command by its words and runs it with Enter', async ({
  app,
}) => {
  const page = app.page;
  await new LibraryPage(page).ready();
  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('command-palette');
  await expect(page.getByTestId('palette-input')).toBeFocused();
  await page.keyboard.type('notebook go');
  await expect(palette.getByTestId('palette-item')).toHaveText([
    'Go to the notebook of all highlightsg then n',
  ]);
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(page.getByTestId('notebook')).toBeVisible();
  // Arrow keys move through the list; Escape closes without running anything.
  await page.keyboard.press('Control+k');
  await page.keyboard.press('ArrowDown');
  await expect(palette.getByRole('option', { selected: true })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);
  await expect(page.getByTestId('notebook')).toBeVisible();
});

test('? shows every shortcut, drawn from the keymap', async ({ app }) => {
  const page = app.page;
  await new LibraryPage(page).ready();
  await page.keyboard.press('Shift+?');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(sheet).toContainText('Open the command palette');
  await expect(sheet).toContainText('Next result, article or highlight');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});

test('j and k move through the results, and g then l goes back to the library', async ({ app }) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  await library.search('drone');
  // Once the finished answer is in, the order no longer changes under the keys.
  await expect(page.getByTestId('results-section')).toHaveAttribute('aria-busy', 'false');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('j');
  await expect(library.results.first()).toBeFocused();
  // Results may still be reordered once typing has paused, so each step is checked against where focus was.
  const focusedIndex = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-testid="search-result"]')).indexOf(
        document.activeElement as Element,
      ),
    );
  const before = await focusedIndex();
  await page.keyboard.press('j');
  expect(await focusedIndex()).toBe(before + 1);
  await page.keyboard.press('k');
  expect(await focusedIndex()).toBe(before);
  await page.keyboard.press('g');
  await page.keyboard.press('l');
  await expect(library.items.first()).toBeVisible();
});

test('in the reader: Alt+3 highlights the current find match in blue, n adds a note, j and k visit highlights', async ({
  app,
}) => {
  const page = app.page;
  const reader = await openArticle(page);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Booz Allen Hamilton');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  await page.keyboard.press('Alt+3');
  await expect(reader.body.locator('mark.hl-blue')).toHaveText('Booz Allen Hamilton');
  // Digits typed in the find box are text, not commands.
  await page.getByTestId('find-input').fill('DJI 2');
  await expect(page.getByTestId('find-input')).toHaveValue('DJI 2');
  await expect(reader.body.locator('mark.hl')).toHaveCount(1);

  await page.getByTestId('find-input').fill('data');
  await page.keyboard.press('Alt+5');
  await expect(reader.body.locator('mark.hl-purple')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await reader.title.click();
  await page.keyboard.press('n');
  await expect(page.getByTestId('annotation-editor')).toBeVisible();
  await page.getByTestId('note-input').fill('From the keyboard');
  await page.getByTestId('save-annotation').click();
  await expect(page.getByTestId('annotation-editor')).toHaveCount(0);

  await reader.title.click();
  // Two highlights: k twice reaches the first in reading order, j the second, k the first again.
  const active = reader.body.locator('mark.hl-active').first();
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  const first = await active.textContent();
  await page.keyboard.press('j');
  await expect(active).not.toHaveText(first ?? '');
  await page.keyboard.press('k');
  await expect(active).toHaveText(first ?? '');
});
