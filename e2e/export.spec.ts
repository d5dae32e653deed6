import { parse } from 'yaml';
import { expect, readDownload, test, type AppHandle } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { readClipboard } from './support/clipboard';

const HELIGUY = 'No Evidence Of Drone Data Going To DJI Or China';
const PARROT = 'Parrot and WISeKey aim to set global data protection standards';

function frontMatter(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error(`no front matter in:\n${markdown}`);
  return parse(match[1] ?? '') as Record<string, unknown>;
}

async function exportVia(app: AppHandle, testId: string, how: 'Download' | 'Copy'): Promise<string> {
  await app.page.getByTestId(testId).click();
  if (how === 'Copy') {
    await app.page.getByRole('menuitem', { name: 'Copy Markdown' }).click();
    await expect(app.page.getByTestId('toast').filter({ hasText: 'copied' })).toBeVisible();
    return readClipboard(app);
  }
  const download = app.page.waitForEvent('download');
  await app.page.getByRole('menuitem', { name: 'Download Markdown (.md)' }).click();
  return readDownload(await download);
}

test('an article’s notes download as Markdown: front matter, quotes in reading order, notes and tags', async ({
  app,
}) => {
  await (await new LibraryPage(app.page).ready()).open(HELIGUY);
  const reader = new ReaderPage(app.page);
  await reader.highlight('AES-256 encryption', 'green');
  await reader.highlight('Booz Allen Hamilton', 'yellow');
  await reader.editAnnotation('Booz Allen Hamilton', { note: 'Auditor.', tags: 'audit' });
  await reader.editAnnotation('AES-256 encryption', { tags: 'crypto audit' });

  const started = Date.now();
  const markdown = await exportVia(app, 'export-article', 'Download');
  const meta = frontMatter(markdown);
  expect(meta).toMatchObject({
    title: HELIGUY,
    source: 'heliguy',
    date: '2021-03-03',
    tags: ['audit', 'crypto'],
  });
  expect(Date.parse(String(meta['exported-at']))).toBeGreaterThanOrEqual(started - 1000);
  const booz = markdown.indexOf('> Booz Allen Hamilton');
  const aes = markdown.indexOf('> AES-256 encryption');
  expect(booz).toBeGreaterThan(0);
  expect(aes).toBeGreaterThan(booz);
  // The note is Markdown text, not a code block; the colour, a block id and the tags come with it.
  expect(markdown).toMatch(
    /> \[!question\] Highlight · yellow\n> Booz Allen Hamilton\n\n\^airgap-[\w-]+\n\nAuditor\.\n\n#audit/,
  );
  expect(markdown).toContain('> [!success] Highlight · green');
  expect(markdown).not.toContain('```');
});

test('a hostile note stays inside its place and cannot break the document', async ({ app }) => {
  await (await new LibraryPage(app.page).ready()).open(PARROT);
  const reader = new ReaderPage(app.page);
  await reader.highlight('WISeKey', 'pink');
  const note =
    '````js\n---\ntitle: hacked\n---\n> not a quote\n<script>alert(1)</script>\nkey: [a, {b: c}] & *x !y |z';
  await reader.editAnnotation('WISeKey', { note });
  const markdown = await exportVia(app, 'export-article', 'Download');
  expect(frontMatter(markdown).title).toBe(PARROT);
  // The unclosed fence is closed at the note's end, so it holds the rest of the note (its --- lines are code)
  // and nothing after it.
  expect(markdown).toContain(`${note}\n\`\`\`\``);
  expect(markdown.match(/^---$/gm)?.length).toBe(2 + (note.match(/^---$/gm)?.length ?? 0));
});

test('the preview shows the export before it is saved, in either highlight style', async ({ app }) => {
  await (await new LibraryPage(app.page).ready()).open(HELIGUY);
  const reader = new ReaderPage(app.page);
  await reader.highlight('Booz Allen Hamilton', 'blue');
  await app.page.getByTestId('export-article').click();
  await app.page.getByRole('menuitem', { name: 'Preview…' }).click();
  const preview = app.page.getByTestId('export-preview-text');
  await expect(preview).toContainText('> [!info] Highlight · blue');
  await app.page.getByTestId('export-style-highlight').check();
  await expect(preview).toContainText('==Booz Allen Hamilton== *(blue)*');
  const download = app.page.waitForEvent('download');
  await app.page.getByTestId('export-preview-download').click();
  const saved = await readDownload(await download);
  expect(saved).toContain('==Booz Allen Hamilton==');
  expect((await download).suggestedFilename()).toBe(
    'no-evidence-of-drone-data-going-to-dji-or-china-notes.md',
  );
  // The choice is remembered for the next export.
  expect(await exportVia(app, 'export-article', 'Download')).toContain('==Booz Allen Hamilton==');
});

test('copy to clipboard gives the same Markdown as the download', async ({ app }) => {
  await (await new LibraryPage(app.page).ready()).open(PARROT);
  const reader = new ReaderPage(app.page);
  await reader.highlight('global security standards', 'blue');
  await reader.editAnnotation('global security standards', { note: 'Standards body?', tags: 'standards' });
  const copied = await exportVia(app, 'export-article', 'Copy');
  const downloaded = await exportVia(app, 'export-article', 'Download');
  const withoutTime = (md: string): string => md.replace(/^exported-at: .*$/m, '');
  expect(withoutTime(copied)).toBe(withoutTime(downloaded));
  expect(copied).toContain('> global security standards');
});

test('the whole notebook exports every annotated article, each in its own section', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  await library.open(PARROT);
  const reader = new ReaderPage(app.page);
  await reader.highlight('WISeKey', 'yellow');
  await app.page.getByTestId('back').click();
  await library.open(HELIGUY);
  await reader.highlight('Booz Allen Hamilton', 'green');
  await reader.editAnnotation('Booz Allen Hamilton', { note: 'Auditor', tags: 'audit' });

  const markdown = await exportVia(app, 'export-notebook', 'Download');
  const meta = frontMatter(markdown);
  expect(meta).toMatchObject({ title: 'Airgap notebook', tags: ['audit'] });
  expect(markdown).toContain(`## ${HELIGUY}`);
  expect(markdown).toContain(`## ${PARROT}`);
  expect(markdown).toContain('> WISeKey');
  expect(markdown).toContain('> Booz Allen Hamilton');
  const copied = await exportVia(app, 'export-notebook', 'Copy');
  expect(copied).toContain(`## ${PARROT}`);
});

test('a pink highlight exports as an [!important] callout, and a note line after a quote stays out of the quote', async ({
  app,
}) => {
  await (await new LibraryPage(app.page).ready()).open(HELIGUY);
  const reader = new ReaderPage(app.page);
  await reader.highlight('Booz Allen Hamilton', 'pink');
  await reader.editAnnotation('Booz Allen Hamilton', { note: '> what the audit says\nwhat I make of it' });
  const markdown = await exportVia(app, 'export-article', 'Download');
  expect(markdown).toContain('> [!important] Highlight · pink\n> Booz Allen Hamilton');
  expect(markdown).not.toContain('[!failure]');
  // Without the blank line Obsidian would join the second line to the quote.
  expect(markdown).toContain('> what the audit says\n\nwhat I make of it');
});
