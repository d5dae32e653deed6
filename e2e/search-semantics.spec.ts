import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

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

test('before: and after: keep articles dated in the range, tag: those with a note so tagged', async ({
  app,
}) => {
  const page = app.page;
  const library = await new LibraryPage(page).ready();
  const dated = (keep: (date: string) => boolean) =>
    articles
      .filter((a) => a.date !== undefined && keep(a.date) && /\bdrones?\b/i.test(`${a.title}\n${a.text}`))
      .map((a) => a.title)
      .sort();
  // The bundled archive states few dates: the range is set around them, and one end left past them.
  const window = dated((d) => d > '2020-12-31' && d < '2021-04');
  expect(window.length).toBeGreaterThan(0);
  await searchFor(page, 'drone after:2020 before:2021-04');
  expect(await resultTitles(page)).toEqual(window);
  await searchFor(page, 'drone before:2021-03-03');
  expect(await resultTitles(page)).toEqual(dated((d) => d < '2021-03-03'));
  await library.searchBox.fill('drone before:last-week ');
  await expect(page.getByTestId('search-error')).toContainText('before: needs a date such as 2021');

  // A tag on one highlight narrows any search to the article that holds it.
  const target = articles.find((a) => /\bkivu\b/i.test(a.text))!;
  await library.searchBox.fill('');
  await library.open(target.title);
  const reader = new ReaderPage(page);
  const phrase = /\bKivu\b[^.]{0,20}/.exec(target.text)![0].trim();
  await reader.highlight(phrase);
  await reader.editAnnotation(phrase, { tags: 'field-check' });
  await reader.back();
  await searchFor(page, 'kivu tag:Field-Check');
  expect(await resultTitles(page)).toEqual([target.title]);
});

test("a misspelt word is answered with the archive's own spelling, one click away", async ({ app }) => {
  const page = app.page;
  await new LibraryPage(page).ready();
  await searchFor(page, 'encrypton');
  const suggestion = page.getByTestId('did-you-mean');
  await expect(suggestion).toHaveText('Did you mean encryption?');
  await suggestion.getByRole('button', { name: 'encryption' }).click();
  await expect(page.getByTestId('result-count')).toContainText('“encryption”');
  expect(await resultTitles(page)).toEqual(titlesWhere((t) => /\bencrypt/i.test(t)));
});
