import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openArticle } from './pages/open-article';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The selection's box in the window. */
const selectionBox = (page: Page) =>
  page.evaluate(() => {
    const r = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('the selection toolbar covers neither the selection nor, where there is a margin, any text', async ({
      app,
    }) => {
      const page = app.page;
      const reader = await openArticle(page);
      await reader.select('Booz Allen Hamilton');
      const toolbar = page.getByTestId('selection-toolbar');
      await expect(toolbar).toBeVisible();
      const bar = (await toolbar.boundingBox())!;
      expect(overlaps(bar, await selectionBox(page))).toBe(false);
      if (viewport.width >= 1280) expect(overlaps(bar, (await reader.body.boundingBox())!)).toBe(false);
      await toolbar.getByTestId('highlight-green').click();
      await expect(reader.body.locator('mark.hl-green')).toHaveText('Booz Allen Hamilton');
    });
  });
}

test.describe('at 1920 px', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('each note sits level with its passage, and no two notes overlap', async ({ app }) => {
    const page = app.page;
    const reader = await openArticle(page);
    for (const [phrase, colour] of [
      ['cybersecurity audit', 'green'],
      ['Booz Allen Hamilton', 'purple'],
      ['Mavic 2 Enterprise Dual', 'blue'],
    ] as const)
      await reader.highlight(phrase, colour);
    const boxes: Box[] = [];
    for (const phrase of ['cybersecurity audit', 'Mavic 2 Enterprise Dual', 'Booz Allen Hamilton']) {
      const card = (await reader.card(phrase).boundingBox())!;
      const mark = (await reader.body.locator('mark.hl', { hasText: phrase }).first().boundingBox())!;
      expect(Math.abs(card.y - mark.y), phrase).toBeLessThan(6);
      boxes.push(card);
    }
    for (let i = 1; i < boxes.length; i += 1) expect(overlaps(boxes[i - 1]!, boxes[i]!)).toBe(false);
  });
});
