import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

const HELIGUY = 'No Evidence Of Drone Data Going To DJI Or China';

test('AES-256 finds the heliguy audit article first, with the match marked in its snippet', async ({
  app,
}) => {
  const library = await new LibraryPage(app.page).ready();
  await library.search('AES-256');
  expect((await library.resultTitles())[0]).toBe(HELIGUY);
  const marks = await library.results.first().getByTestId('result-snippet').locator('mark').allTextContents();
  expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['aes', '256']));
});

test('Interior finds the Department of the Interior stories', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  const interiorTitles = (await library.titles()).filter((t) => /interior/i.test(t));
  expect(interiorTitles.length).toBeGreaterThanOrEqual(4);
  await library.search('Interior');
  const results = await library.resultTitles();
  // Title matches are boosted, so every story with Interior in its title ranks above the rest.
  expect(results.slice(0, interiorTitles.length).sort()).toEqual(interiorTitles.sort());
});

test('each result shows a snippet around the best match with the query terms marked', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  await library.search('Kivu');
  await expect(library.results.first()).toBeVisible();
  for (const snippet of await library.results.getByTestId('result-snippet').all()) {
    const marked = await snippet.locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const m of marked) expect(m.toLowerCase()).toMatch(/^kivu/);
  }
});

test('Lunr query syntax works: fields, required and excluded terms, wildcards, fuzzy terms', async ({
  app,
}) => {
  const library = await new LibraryPage(app.page).ready();
  const kivuTitles = (await library.titles()).filter((t) => /kivu/i.test(t));
  expect(kivuTitles.length).toBeGreaterThan(0);

  await library.search('title:interior');
  for (const t of await library.resultTitles()) expect(t).toMatch(/interior/i);

  await library.search('+dji -kivu');
  const withoutKivu = await library.resultTitles();
  expect(withoutKivu.length).toBeGreaterThan(3);
  for (const t of kivuTitles) expect(withoutKivu).not.toContain(t);

  await library.search('secur*');
  const marks = await library.results.locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(m.toLowerCase()).toMatch(/^secur/);

  await library.search('encrypton~1');
  expect(await library.resultTitles()).toContain(HELIGUY);
});

test('a query Lunr cannot parse gets a friendly message, and searching again works', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  for (const bad of ['nosuchfield:drone', 'drone~', '+']) {
    await library.search(bad);
    await expect(library.searchError).toBeVisible();
    await expect(library.searchError).toContainText('could not be read');
  }
  await library.search('Parrot');
  await expect(library.searchError).toHaveCount(0);
  expect(await library.resultTitles()).toContain(
    'Parrot and WISeKey aim to set global data protection standards',
  );
});

test('hostile input never crashes or blanks the screen', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  const errors: string[] = [];
  app.page.on('pageerror', (e) => errors.push(e.message));
  for (const q of [
    '*',
    '~~~',
    '^^^',
    ':::',
    '"unterminated',
    '\\',
    '<script>alert(1)</script>',
    'a'.repeat(400),
  ]) {
    await library.searchBox.fill(q);
    await expect(app.page.getByTestId('app-root')).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('says plainly when nothing matches', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  await library.search('zeppelin');
  await expect(app.page.getByTestId('search-empty')).toContainText('No articles match “zeppelin”');
});
