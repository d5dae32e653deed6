import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serializeArticleMarkdown } from '../../archive/core/articles/article-markdown';
import { generateArchive } from '../../archive/core/articles/generate-archive';
import { ARTICLES_DIR } from './bundled-articles';

/** Folder holding the raw web captures the archive is generated from. */
export const SOURCES_DIR = fileURLToPath(new URL('../../archive/sources/', import.meta.url));
// The generated article files, one `<id>.md` per article, committed to the repository.
export { ARTICLES_DIR } from './bundled-articles';

/** Reads the captures and renders every article's Markdown, keyed by file name, in archive order. */
export async function renderArchiveFiles(sourcesDir = SOURCES_DIR): Promise<Map<string, string>> {
  const [dronedj, heliguy] = await Promise.all([
    readFile(join(sourcesDir, 'dronedj-data-security.txt'), 'utf8'),
    readFile(join(sourcesDir, 'heliguy-no-evidence-of-drone-data.txt'), 'utf8'),
  ]);
  const files = new Map<string, string>();
  for (const article of generateArchive({ dronedj, heliguy })) {
    files.set(`${article.id}.md`, serializeArticleMarkdown(article));
  }
  return files;
}

/** Rewrites the articles folder from the captures, deleting .md files no article produces any more. */
export async function writeArchive(
  sourcesDir = SOURCES_DIR,
  articlesDir = ARTICLES_DIR,
): Promise<{ written: string[]; removed: string[] }> {
  const files = await renderArchiveFiles(sourcesDir);
  await mkdir(articlesDir, { recursive: true });
  const stale = (await readdir(articlesDir)).filter((name) => name.endsWith('.md') && !files.has(name));
  await Promise.all(stale.map((name) => rm(join(articlesDir, name))));
  await Promise.all([...files].map(([name, text]) => writeFile(join(articlesDir, name), text, 'utf8')));
  return { written: [...files.keys()], removed: stale };
}

// Run only when invoked as a script, so tests can import the functions above without touching files.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { written, removed } = await writeArchive();
  for (const name of written) console.log(`wrote   archive/articles/${name}`);
  for (const name of removed) console.log(`removed archive/articles/${name}`);
  console.log(`${written.length} articles generated.`);
}
