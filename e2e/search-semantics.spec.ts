import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

// Expectations are read from the committed article files, so they follow the data rather than hard-coded titles.
const articlesDir = path.join(import.meta.dirname, '..', 'archive', 'articles');
const articles = readdirSync(articlesDir).map((file) => {
  const text = readFileSync(path.join(articlesDir, file), 'utf8');
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1];
  const title = (field('title') ?? '').replace(/^"|"$/g, '');
  return {
    title,
    source: field('source') ?? '',
    date: field('date'),
    text: text.replace(/^---[\s\S]*?---/, ''),
  };
});
const titlesWhere = (test: (text: string) => boolean): string[] =>
  articles
    .filter((a) => test(`${a.title}\n${a.text}`))
    .map((a) => a.title)
    .sort();

/** Types a finished query (a trailing space ends the last word) and waits for its results or its empty notice. */
async function searchFor(page: Page, query: string): Promise<void> {
  const library = new LibraryPage(page);
  await library.searchBox.fill('');
  await library.searchBox.pressSequentially(`${query} `, { delay: 5 });
  await page.waitForFunction(
    (q) =>
      Array.from(
        document.querySelectorAll('[data-testid="result-count"], [data-testid="search-empty"]'),
      ).some((e) => (e.textContent ?? '').includes(`“${q}”`)),
    query,
  );
}

async function resultTitles(page: Page): Promise<string[]> {
  return (await new LibraryPage(page).resultTitles()).sort();
}

test('a quoted phrase matches only that sequence of words, and the phrase is marked', async ({ app }) => {
  await new LibraryPage(app.page).ready();
  const phrase = titlesWhere((t) => /government\s+edition/i.test(t));
  const bothWords = titlesWhere((t) => /\bgovernment/i.test(t) && /\bedition/i.test(t));
  expect(phrase.length).toBeGreaterThan(0);
  await searchFor(app.page, '"government edition"');
  expect(await resultTitles(app.page)).toEqual(phrase);
  const marks = await app.page.getByTestId('result-snippet').locator('mark').allTextContents();
  for (const mark of marks) expect(mark).toMatch(/^government\s+edition$/i);
  // The same words without quotes may match more articles, never fewer.
  await searchFor(app.page, 'government edition');
  expect(await resultTitles(app.page)).toEqual(bothWords);
});

test('phrases combine with the rest of the syntax and take curly quotes', async ({ app }) => {
  await new LibraryPage(app.page).ready();
  const expected = titlesWhere((t) => /data\s+security/i.test(t) && /\bdji/i.test(t) && !/kivu/i.test(t));
  await searchFor(app.page, '“data security” +dji -kivu');
  expect(await resultTitles(app.page)).toEqual(expected);
});

test('every word is required by default, with a visible fallback when no article has them all', async ({
  app,
}) => {
  await new LibraryPage(app.page).ready();
  const both = titlesWhere((t) => /\bkivu/i.test(t) && /\binterior/i.test(t));
  expect(both.length).toBeLessThan(titlesWhere((t) => /\bkivu/i.test(t)).length);
  await searchFor(app.page, 'kivu interior');
  expect(await resultTitles(app.page)).toEqual(both);
  await expect(app.page.getByTestId('search-notice')).toHaveCount(0);

  await searchFor(app.page, 'kivu xylophone');
  expect(await resultTitles(app.page)).toEqual(titlesWhere((t) => /\bkivu/i.test(t)));
  await expect(app.page.getByTestId('search-notice')).toContainText('No article has all of these words');
});

test('straight and curly apostrophes find the same articles, and U.S. is found', async ({ app }) => {
  await new LibraryPage(app.page).ready();
  await searchFor(app.page, 'DJI’s');
  const curly = await resultTitles(app.page);
  expect(curly).toEqual(titlesWhere((t) => /DJI['’]s/i.test(t)));
  await searchFor(app.page, "dji's");
  expect(await resultTitles(app.page)).toEqual(curly);
  await searchFor(app.page, 'U.S.');
  // "U.S", "U.S." and "U.S.," are one word once the trimmer has taken punctuation off its ends.
  expect(await resultTitles(app.page)).toEqual(titlesWhere((t) => /(^|[\s(])U\.S\b/.test(t)));
});

test('results narrow by source and year, each choice showing how many results it leaves', async ({ app }) => {
  await new LibraryPage(app.page).ready();
  await searchFor(app.page, 'drone');
  const all = await resultTitles(app.page);
  const found = articles.filter((a) => all.includes(a.title));
  const counts = new Map<string, string[]>();
  for (const a of found) counts.set(a.source, [...(counts.get(a.source) ?? []), a.title]);
  expect(counts.size).toBeGreaterThan(1);
  // The smaller source, so picking it visibly narrows the results.
  const [name, titles] = [...counts].sort((a, b) => a[1].length - b[1].length)[0]!;
  const source = app.page.getByTestId('facet-source');
  await expect(source.locator('option', { hasText: `${name} (${titles.length})` })).toHaveCount(1);
  await source.selectOption(name);
  await expect.poll(() => resultTitles(app.page)).toEqual(titles.sort());

  await app.page.getByTestId('facet-clear').click();
  await expect(app.page.getByTestId('result-count')).toContainText(`${all.length} articles`);
  const dated = articles.filter((a) => all.includes(a.title) && a.date !== undefined);
  expect(dated.length).toBeGreaterThan(0);
  const year = dated[0]!.date!.slice(0, 4);
  await app.page.getByTestId('facet-year').selectOption(year);
  const inYear = dated.filter((a) => a.date!.startsWith(year)).map((a) => a.title);
  await expect.poll(() => resultTitles(app.page)).toEqual(inYear.sort());
});
