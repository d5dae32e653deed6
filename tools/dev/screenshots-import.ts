/**
 * Screenshots of the import flow for the README (docs/screenshots/import-*.png): the dialog, its progress, the
 * summary with refusals, and imported articles in the library and in search results. Uses the built app.
 * Usage: tsx tools/dev/screenshots-import.ts
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBuiltApp } from './built-app';
import { writeImportCorpus } from '../bench/lib/import-corpus';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(repoRoot, 'docs', 'screenshots');
const example = path.join(repoRoot, 'archive', 'example-folder');

async function main(): Promise<void> {
  await withBuiltApp(path.join(repoRoot, 'dist', 'renderer'), async ({ browser, url, scratch: dir }) => {
    const many = await writeImportCorpus(path.join(dir, 'many'), 400);
    await writeFile(path.join(dir, 'empty-note.md'), '');
    await writeFile(path.join(dir, 'scan.pdf.html'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 1]));
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme: 'light',
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('library-item').first().waitFor();
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-dialog').waitFor();
    await page.screenshot({ path: path.join(out, 'import-dialog.png') });

    await page.getByTestId('import-files').setInputFiles(many);
    await page.getByTestId('import-progress').waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(out, 'import-progress.png') });
    await page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
    await page.getByTestId('import-close').click();

    await page.getByTestId('import-open').click();
    const files = [
      'audit-summary.html',
      'broken-download.html',
      'field-notes/interview-notes.md',
      'field-notes/reading-list.txt',
    ];
    await page
      .getByTestId('import-files')
      .setInputFiles([
        ...files.map((f) => path.join(example, f)),
        path.join(dir, 'empty-note.md'),
        path.join(dir, 'scan.pdf.html'),
      ]);
    await page.getByTestId('import-summary').waitFor();
    await page.screenshot({ path: path.join(out, 'import-summary.png') });
    await page.getByTestId('import-close').click();

    await page.getByTestId('sort-articles').selectOption('newest');
    await page.getByTestId('filter-source').selectOption('Imported');
    await page.screenshot({ path: path.join(out, 'import-library.png') });
    await page.getByTestId('search-input').fill('crewed aircraft ');
    await page.getByTestId('search-result').first().waitFor();
    await page.screenshot({ path: path.join(out, 'import-search.png') });
    await context.close();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
