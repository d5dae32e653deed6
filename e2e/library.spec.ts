import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

// The expected archive is read from the committed article files, not hard-coded, so this spec follows the data.
const articlesDir = path.join(import.meta.dirname, '..', 'archive', 'articles');
const articles = readdirSync(articlesDir).map((file) => {
  const text = readFileSync(path.join(articlesDir, file), 'utf8');
  const field = (key: string): string | undefined => new RegExp(`^${key}: (.*)$`, 'm').exec(text)?.[1];
  return {
    title: field('title')?.replace(/^"|"$/g, '') ?? '',
    source: field('source') ?? '',
    date: field('date'),
  };
});

test('lists all 16 bundled articles: the 15 DroneDJ stories and the heliguy audit article', async ({
  app,
}) => {
  const library = await new LibraryPage(app.page).ready();
  expect(articles).toHaveLength(16);
  await expect(library.items).toHaveCount(16);
  expect((await library.titles()).sort()).toEqual(articles.map((a) => a.title).sort());
  await expect(library.items.getByTestId('item-source').filter({ hasText: 'DroneDJ' })).toHaveCount(15);
  await expect(library.items.getByTestId('item-source').filter({ hasText: 'heliguy' })).toHaveCount(1);
});

test('shows a date only on the article whose text states one', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  const dated = articles.filter((a) => a.date);
  expect(dated.map((a) => a.source)).toEqual(['heliguy']);
  await expect(library.items.locator('time')).toHaveCount(1);
  await expect(library.items.locator('time')).toHaveAttribute('datetime', dated[0]?.date ?? '');
});

test('filters by source and says how many are shown', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  await library.filterBySource('heliguy');
  await expect(library.items).toHaveCount(1);
  await expect(app.page.getByTestId('library-count')).toHaveText('1 of 16 articles');
  await library.filterBySource('DroneDJ');
  await expect(library.items).toHaveCount(15);
  await library.filterBySource('');
  await expect(library.items).toHaveCount(16);
});

test('sorts by title and by date, undated articles last', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  const titles = await library.titles();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  await library.sortBy('newest');
  await expect(library.items.first().locator('.library-title')).toHaveText(
    articles.find((a) => a.date)?.title ?? 'missing',
  );
});

test('opens an article with its title, source and clean text (no page chrome)', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  await library.open('Parrot and WISeKey aim to set global data protection standards');
  await expect(app.page.getByTestId('article-source')).toHaveText('DroneDJ');
  const body = await app.page.getByTestId('article-body').innerText();
  expect(body).toContain(
    'French drone manufacturer Parrot has partnered with digital security specialist WISeKey',
  );
  for (const chrome of ['Skip to main content', 'Expand', 'Expanding', 'Read More', 'See All Stories']) {
    expect(body).not.toContain(chrome);
  }
});
