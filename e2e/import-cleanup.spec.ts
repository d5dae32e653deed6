import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { ImportDialog } from './pages/import-dialog';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the audit: the packets were captured for forty hours and compared with the destinations the maker lists, and none went anywhere unexpected.</p>`;

const withAds = `<!doctype html><html><head><title>Audit of the flight app</title></head><body><article>
<h1>Audit of the flight app</h1>${paragraph(1)}
<div class="ad-slot"><p>Buy the new X9 drone today, with twice the range of any other drone.</p></div>${paragraph(2)}
<div><span>Sponsored</span><p>Drone insurance that covers every flight you will ever take.</p></div>${paragraph(3)}
<section class="newsletter-box"><h3>Stay informed</h3><p>The week in drones, in your inbox every Friday.</p></section>
<div class="share-bar"><p>Share on Facebook · Share on X · Email this story</p></div>${paragraph(4)}
</article></body></html>`;

const markdown = `---
title: Notes from the fleet manager
---
# Notes from the fleet manager

By Jane Roe · 3 March 2021

The fleet manager keeps every flight log on a laptop that never goes online.
`;

test('an imported page keeps its article and loses the ads, sponsored blocks, newsletter box and share bar', async ({
  app,
}, testInfo) => {
  const file = testInfo.outputPath('audit-with-ads.html');
  await writeFile(file, withAds);
  const library = await new LibraryPage(app.page).ready();
  const dialog = await new ImportDialog(app.page, app.electronApp).open();
  expect(await dialog.importFiles([file])).toContain('1 imported');
  await dialog.close();
  await library.open('Audit of the flight app');
  const body = new ReaderPage(app.page).body;
  for (let n = 1; n <= 4; n++) await expect(body).toContainText(`Paragraph ${n} of the audit`);
  await expect(body).not.toContainText(/X9|insurance|inbox|Share on/);
});

test('an imported note’s repeated title, byline and date become its metadata, not its first lines', async ({
  app,
}, testInfo) => {
  const file = testInfo.outputPath('fleet-manager.md');
  await writeFile(file, markdown);
  const library = await new LibraryPage(app.page).ready();
  const dialog = await new ImportDialog(app.page, app.electronApp).open();
  expect(await dialog.importFiles([file])).toContain('1 imported');
  await dialog.close();
  await library.open('Notes from the fleet manager');
  const reader = new ReaderPage(app.page);
  await expect(app.page.locator('.article-meta time')).toHaveAttribute('datetime', '2021-03-03');
  await expect(reader.body).toHaveText(
    'The fleet manager keeps every flight log on a laptop that never goes online.',
  );
});
