import { expect, test } from './fixtures';
import { openArticle } from './pages/open-article';

test('typeface, line spacing and line length change the text at once and are kept after a restart', async ({
  app,
}) => {
  let page = app.page;
  const reader = await openArticle(page);
  const paragraph = reader.body.locator('p').first();
  const style = () =>
    paragraph.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        font: s.fontFamily,
        line: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
        width: el.clientWidth,
      };
    });
  const before = await style();
  expect(before.font).toMatch(/serif$/);

  await page.getByTestId('reading-settings-open').click();
  const dialog = page.getByTestId('reading-settings');
  await dialog.getByTestId('reading-font-sans').check();
  await dialog.getByTestId('reading-line').selectOption('2');
  await dialog.getByTestId('reading-width-narrow').check();
  await dialog.getByTestId('reading-done').click();
  await expect(dialog).toHaveCount(0);
  const after = await style();
  expect(after.font).toMatch(/sans-serif$/);
  expect(after.line).toBeCloseTo(2, 1);
  expect(after.width).toBeLessThan(before.width);

  page = await app.restart();
  const again = await openArticle(page);
  const kept = await again.body
    .locator('p')
    .first()
    .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(kept).toMatch(/sans-serif$/);
});
