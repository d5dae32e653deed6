import { expect, test } from './fixtures';
import { HELIGUY, openArticle } from './pages/open-article';

const PASSAGE = 'Booz Allen Hamilton';
const LATER = 'AES-256 encryption';
const EARLIER = 'independent cybersecurity audit';

test('selecting a passage offers at least five colours and highlights it in the chosen one', async ({
  app,
}) => {
  const reader = await openArticle(app.page);
  await reader.select(PASSAGE);
  const swatches = app.page.getByTestId('selection-toolbar').locator('.swatch');
  expect(await swatches.count()).toBeGreaterThanOrEqual(5);
  await app.page.getByTestId('highlight-green').click();
  await expect(reader.body.locator('mark.hl-green')).toHaveText(PASSAGE);
  await expect(reader.card(PASSAGE)).toBeVisible();
  await expect(reader.card(PASSAGE)).toHaveClass(/note-green/);
});

test('a note and tags can be added, edited, and the colour changed', async ({ app }) => {
  const reader = await openArticle(app.page);
  await reader.highlight(PASSAGE, 'yellow');
  await reader.editAnnotation(PASSAGE, { note: 'Who paid for the audit?', tags: 'audit, #Booz' });
  const card = reader.card(PASSAGE);
  await expect(card.getByTestId('annotation-note')).toHaveText('Who paid for the audit?');
  await expect(card.getByTestId('annotation-tags')).toHaveText(/#audit\s*#Booz/);
  await reader.editAnnotation(PASSAGE, { note: 'PrecisionHawk commissioned it.', colour: 'blue' });
  await expect(card.getByTestId('annotation-note')).toHaveText('PrecisionHawk commissioned it.');
  await expect(reader.body.locator('mark.hl-blue')).toHaveText(PASSAGE);
  await expect(reader.body.locator('mark.hl-yellow')).toHaveCount(0);
});

test('deleting removes the highlight, and Undo brings it back', async ({ app }) => {
  const reader = await openArticle(app.page);
  await reader.highlight(PASSAGE, 'pink');
  await reader.card(PASSAGE).getByTestId('delete-annotation').click();
  await expect(reader.cards).toHaveCount(0);
  await expect(reader.highlights).toHaveCount(0);
  await app.page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(reader.body.locator('mark.hl-pink')).toHaveText(PASSAGE);
});

test('the sidebar lists highlights in reading order and clicking one scrolls to its passage', async ({
  app,
}) => {
  const reader = await openArticle(app.page);
  await reader.highlight(LATER, 'orange');
  await reader.highlight(EARLIER, 'purple');
  await reader.highlight(PASSAGE, 'green');
  await expect(reader.cards.locator('.note-quote')).toHaveText([EARLIER, PASSAGE, LATER]);
  await app.page.evaluate(() => window.scrollTo(0, 0));
  await reader.title.scrollIntoViewIfNeeded();
  await reader.card(LATER).locator('.note-quote').click();
  const mark = reader.body.locator('mark.hl-orange');
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveClass(/hl-active/);
});

test('highlights are stored as selectors with a text hash, not DOM ranges, in IndexedDB', async ({ app }) => {
  const reader = await openArticle(app.page);
  await reader.highlight(PASSAGE, 'yellow');
  const rows = await app.page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('airgap');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('annotations').objectStore('annotations').getAll();
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      }),
  );
  expect(rows).toHaveLength(1);
  const row = rows[0] as Record<string, unknown>;
  expect(Object.keys(row).sort()).toEqual(
    [
      'articleId',
      'color',
      'createdAt',
      'id',
      'note',
      'position',
      'quote',
      'tags',
      'textHash',
      'updatedAt',
    ].sort(),
  );
  expect(row.quote).toMatchObject({ type: 'TextQuoteSelector', exact: PASSAGE });
  expect((row.quote as { prefix: string }).prefix).toMatch(/team at global consulting firm $/);
  const position = row.position as { start: number; end: number };
  expect(position.end - position.start).toBe(PASSAGE.length);
  expect(row.textHash).toMatch(/^fnv1a64:[0-9a-f]+$/);
});

test('highlights and notes survive closing and reopening the app, re-anchored in place', async ({ app }) => {
  let reader = await openArticle(app.page);
  await reader.highlight(PASSAGE, 'green');
  await reader.highlight(LATER, 'blue');
  await reader.editAnnotation(PASSAGE, { note: 'kept across restarts', tags: 'persist' });
  const page = await app.restart();
  reader = await openArticle(page);
  await expect(reader.cards).toHaveCount(2);
  expect(await reader.highlightedTexts()).toEqual([PASSAGE, LATER]);
  await expect(reader.body.locator('mark.hl-green')).toHaveText(PASSAGE);
  await expect(reader.card(PASSAGE).getByTestId('annotation-note')).toHaveText('kept across restarts');
  await page.getByTestId('back').click();
  await expect(
    page.getByTestId('library-item').filter({ hasText: HELIGUY }).getByTestId('highlight-count'),
  ).toHaveText('2 highlights');
});

test('a passage that spans two paragraphs can be highlighted by dragging the mouse', async ({ app }) => {
  const reader = await openArticle(app.page);
  const first = reader.body.locator('p', { hasText: 'DJI has welcomed the findings' });
  const second = reader.body.locator('p', { hasText: 'The verdict will also be a relief' });
  await first.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const a = await first.boundingBox();
  const b = await second.boundingBox();
  if (!a || !b) throw new Error('paragraphs not laid out');
  await app.page.mouse.move(a.x + 1, a.y + 8);
  await app.page.mouse.down();
  await app.page.mouse.move(b.x + b.width / 2, b.y + b.height - 4, { steps: 8 });
  await app.page.mouse.up();
  await app.page.getByTestId('highlight-yellow').click();
  await expect(reader.cards).toHaveCount(1);
  const texts = await reader.highlightedTexts();
  expect(texts[0]).toMatch(/^DJI has welcomed the findings/);
  expect(texts[0]).toContain('third-party validation');
  expect(texts[0]).toContain('The verdict will also be a relief');
});

test('a drag that runs past the end of the article is clipped to the article text', async ({ app }) => {
  const reader = await openArticle(app.page);
  const last = reader.body.locator('p').last();
  await last.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await last.boundingBox();
  const status = await app.page.locator('.statusbar').boundingBox();
  if (!box || !status) throw new Error('not laid out');
  await app.page.mouse.move(box.x + 2, box.y + 4);
  await app.page.mouse.down();
  await app.page.mouse.move(status.x + 40, status.y + status.height / 2, { steps: 8 });
  await app.page.mouse.up();
  await app.page.getByTestId('highlight-orange').click();
  await expect(reader.cards).toHaveCount(1);
  const texts = await reader.highlightedTexts();
  expect(texts).toHaveLength(1);
  expect(texts[0]).toMatch(/^The company added that it will take/);
  expect(texts[0]).toMatch(/including the Mavic 2 Enterprise\.$/);
});

test('a note being typed is kept when another highlight is opened for editing; Discard changes throws it away', async ({
  app,
}) => {
  const reader = await openArticle(app.page);
  await reader.highlight(PASSAGE, 'green');
  await reader.highlight(LATER, 'blue');
  await reader.card(PASSAGE).getByTestId('edit-annotation').click();
  await app.page.getByTestId('note-input').fill('typed, never saved by hand');
  await reader.card(LATER).getByTestId('edit-annotation').click();
  await expect(reader.card(PASSAGE).getByTestId('annotation-note')).toHaveText('typed, never saved by hand');
  await app.page.getByTestId('note-input').fill('thrown away');
  await app.page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(reader.card(LATER).getByTestId('annotation-note')).toHaveCount(0);
});
