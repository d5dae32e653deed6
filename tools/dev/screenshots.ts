/**
 * `npm run screenshots`: every view of the built app at 1280x800 and 1920x1080, in light and in dark, written to
 * a folder for review (default screenshots/, which git ignores). The views: library, search results, reader with
 * a highlight and its note, note editor, find, notebook, import, privacy panel, export preview, command palette
 * and shortcut sheet. Usage: tsx tools/dev/screenshots.ts [--out DIR] [--readme] [--sizes 1080x800,800x600]
 * (--readme also copies the README's pictures from this run into docs/screenshots/; --sizes takes other window
 * sizes instead of the two defaults, e.g. to look at the top bar where it wraps).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { withBuiltApp } from './built-app';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SIZES: readonly { width: number; height: number }[] = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** Window sizes written as "1080x800,800x600"; throws on anything else, naming it. */
function parseSizes(text: string): { width: number; height: number }[] {
  return text.split(',').map((item) => {
    const match = /^(\d{3,4})x(\d{3,4})$/.exec(item.trim());
    if (!match) throw new Error(`--sizes: "${item}" is not WIDTHxHEIGHT, e.g. 1080x800`);
    return { width: Number(match[1]), height: Number(match[2]) };
  });
}
const ARTICLE = 'No Evidence Of Drone Data Going To DJI Or China';
/** The README's pictures, each taken from one screenshot of the run. */
const README_PICTURES: Record<string, string> = {
  'library.png': 'library-1280x800-light.png',
  'search.png': 'search-1280x800-light.png',
  'reader-notes.png': 'reader-1920x1080-light.png',
  'reader-dark-find.png': 'find-1280x800-dark.png',
  'command-palette.png': 'command-palette-1280x800-dark.png',
  'privacy.png': 'privacy-1280x800-light.png',
};

/** Each view: its file name and how to reach it from the library, by the keyboard and clicks a user would use. */
const VIEWS: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'library', open: async () => undefined },
  {
    name: 'search',
    open: async (page) => {
      await page.getByTestId('search-input').fill('drone data');
      await page.getByTestId('search-result').first().waitFor();
    },
  },
  {
    name: 'reader',
    open: async (page) => {
      await page.getByRole('button', { name: 'Airgap' }).click();
      await page.getByTestId('library-item').filter({ hasText: ARTICLE }).click();
      await page.getByTestId('article-title').waitFor();
      // Highlighted from the keyboard, as the shortcut sheet says: find, then Alt+5 for purple, then n for a note.
      await page.keyboard.press('Control+f');
      await page.keyboard.type('Booz Allen Hamilton');
      await page.keyboard.press('Alt+5');
      await page.keyboard.press('Escape');
      await page.getByTestId('article-title').click();
      await page.keyboard.press('n');
      await page.getByTestId('note-input').fill('Who paid for the audit? Check the contract.');
      await page.getByTestId('save-annotation').click();
      await page.getByTestId('annotation-editor').waitFor({ state: 'detached' });
    },
  },
  {
    name: 'note-editor',
    open: async (page) => {
      await page.getByTestId('edit-annotation').first().click();
      await page.getByTestId('annotation-editor').waitFor();
    },
  },
  {
    name: 'find',
    open: async (page) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+f');
      await page.keyboard.type('DJI');
    },
  },
  {
    name: 'export-preview',
    open: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByTestId('export-article').click();
      await page.getByRole('menuitem', { name: 'Preview…' }).click();
    },
  },
  {
    name: 'notebook',
    open: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByTestId('notebook-open').click();
      await page.getByTestId('notebook').waitFor();
    },
  },
  {
    name: 'import',
    open: async (page) => {
      await page.getByTestId('import-open').click();
      await page.getByTestId('import-dialog').waitFor();
    },
  },
  {
    name: 'privacy',
    open: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByTestId('privacy-badge').click();
      await page.getByTestId('privacy-view').waitFor();
    },
  },
  {
    name: 'command-palette',
    open: async (page) => {
      await page.keyboard.press('Control+k');
      await page.getByTestId('command-palette').waitFor();
    },
  },
  {
    name: 'shortcuts',
    open: async (page) => {
      await page.keyboard.press('Escape');
      await page.locator('main h1').click();
      await page.keyboard.press('Shift+?');
      await page.getByTestId('shortcut-sheet').waitFor();
    },
  },
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: path.join(repoRoot, 'screenshots') },
      readme: { type: 'boolean', default: false },
      sizes: { type: 'string' },
    },
  });
  const sizes = values.sizes === undefined ? SIZES : parseSizes(values.sizes);
  const out = path.resolve(values.out ?? 'screenshots');
  await mkdir(out, { recursive: true });
  let written = 0;
  await withBuiltApp(path.join(repoRoot, 'dist', 'renderer'), async ({ browser, url }) => {
    for (const size of sizes) {
      for (const scheme of ['light', 'dark'] as const) {
        // A fresh context per size and theme, so each series starts from an empty profile.
        const context = await browser.newContext({
          viewport: size,
          colorScheme: scheme,
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        await page.goto(url);
        await page.getByTestId('library-item').first().waitFor();
        for (const view of VIEWS) {
          await view.open(page);
          await page.waitForTimeout(150);
          await page.screenshot({
            path: path.join(out, `${view.name}-${size.width}x${size.height}-${scheme}.png`),
          });
          written += 1;
        }
        await context.close();
      }
    }
  });
  console.log(`${written} screenshots in ${out}`);
  if (values.readme) {
    const docs = path.join(repoRoot, 'docs', 'screenshots');
    for (const [name, from] of Object.entries(README_PICTURES))
      await copyFile(path.join(out, from), path.join(docs, name));
    console.log(`README pictures updated in ${docs}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
