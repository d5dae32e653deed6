import { expect, test } from './fixtures';
import { openArticle } from './pages/open-article';
import { ReaderPage } from './pages/reader-page';

const OUTER =
  'security audit was performed by the cybersecurity team at global consulting firm Booz Allen Hamilton';
const INNER = 'Booz Allen Hamilton';

test('a 5,000-character note starts collapsed to a few lines, and Show more opens it', async ({ app }) => {
  const reader = await openArticle(app.page);
  await reader.highlight(INNER);
  await reader.editAnnotation(INNER, { note: 'A long thought. '.repeat(320) });
  const card = reader.card(INNER);
  const box = await card.boundingBox();
  expect(box!.height).toBeLessThan(400);
  await card.getByTestId('toggle-note').click();
  await expect(card.getByTestId('toggle-note')).toHaveAttribute('aria-expanded', 'true');
  expect((await card.boundingBox())!.height).toBeGreaterThan(box!.height + 500);
});

test('a highlight inside a longer one stays on top, before and after a reload, and the overlap shows', async ({
  app,
}) => {
  const reader = await openArticle(app.page);
  // The inner one first, so "newest on top" alone would hide it under the outer one.
  await reader.highlight(INNER, 'pink');
  await reader.highlight(OUTER, 'blue');
  // The highlight just made is the selected one and paints on top until another is chosen.
  await expect(reader.body.locator('mark.hl-overlap', { hasText: INNER })).toHaveClass(/hl-blue/);
  await app.page.reload();
  const again = new ReaderPage(app.page);
  await expect(again.body.locator('mark.hl-overlap', { hasText: INNER })).toHaveClass(/hl-pink/);
  await expect(again.body.locator('mark.hl-blue').first()).toBeVisible();
});
