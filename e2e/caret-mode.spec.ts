import { expect, test } from './fixtures';
import { openArticle } from './pages/open-article';

test('caret mode (F7): arrows move a caret, Shift+arrows select, and a highlight key highlights it', async ({
  app,
}) => {
  const page = app.page;
  const reader = await openArticle(page);
  await page.keyboard.press('F7');
  await expect(page.getByTestId('caret')).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  const selected = (await page.evaluate(() => document.getSelection()?.toString() ?? '')).trim();
  expect(selected.split(/\s+/)).toHaveLength(2);
  await page.keyboard.press('2');
  await expect(reader.highlights).not.toHaveCount(0);
  expect(await reader.highlightedTexts()).toEqual([selected]);
  // F7 again turns the mode off, and the caret goes.
  await page.keyboard.press('F7');
  await expect(page.getByTestId('caret')).toHaveCount(0);
});
