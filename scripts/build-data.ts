import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Article, ArticleMeta } from '../archive/core/article';
import { ArticleFormatError, parseArticleMarkdown } from '../archive/core/article-markdown';
import { articleDataPath, MANIFEST_FILE, type DataManifest } from '../archive/core/data-files';
import { buildSearchSegment } from '../archive/core/search-index';

/** Folder of the archive's article Markdown files. */
export const ARTICLES_DIR = fileURLToPath(new URL('../archive/articles/', import.meta.url));
/** Folder the app's data is written to; Vite copies generated/public into the renderer build. */
export const DATA_DIR = fileURLToPath(new URL('../generated/public/data/', import.meta.url));
/** The one bundled search segment; user imports will get segments of their own. */
export const SEGMENT_PATH = 'search/segment-0.json';

/** Reads and parses every `*.md` in a folder, in file-name order; a file that fails names itself. */
export async function readArticles(articlesDir = ARTICLES_DIR): Promise<Article[]> {
  const names = (await readdir(articlesDir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      try {
        return parseArticleMarkdown(await readFile(join(articlesDir, name), 'utf8'));
      } catch (error) {
        if (error instanceof ArticleFormatError) throw new ArticleFormatError(`${name}: ${error.message}`);
        throw error;
      }
    }),
  );
}

/** The files of the data folder for an archive, keyed by path relative to it, as JSON text. */
export function renderDataFiles(articles: readonly Article[]): Map<string, string> {
  const segment = buildSearchSegment(articles);
  const manifest: DataManifest = {
    version: 1,
    articles: [...segment.docs].sort(byTitle),
    segments: [SEGMENT_PATH],
  };
  const files = new Map<string, string>([
    [MANIFEST_FILE, JSON.stringify(manifest)],
    [SEGMENT_PATH, JSON.stringify(segment)],
  ]);
  for (const article of articles) files.set(articleDataPath(article.id), JSON.stringify(article));
  return files;
}

function byTitle(a: ArticleMeta, b: ArticleMeta): number {
  return a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Replaces the data folder with the files for the archive, so no stale article outlives its source. */
export async function buildData(
  articlesDir = ARTICLES_DIR,
  dataDir = DATA_DIR,
): Promise<Map<string, number>> {
  const articles = await readArticles(articlesDir);
  if (articles.length === 0) throw new Error(`no articles in ${articlesDir}; run npm run generate:archive`);
  const files = renderDataFiles(articles);
  await rm(dataDir, { recursive: true, force: true });
  const sizes = new Map<string, number>();
  for (const [path, text] of files) {
    const target = join(dataDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, 'utf8');
    sizes.set(path, (await stat(target)).size);
  }
  return sizes;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

// Run only when invoked as a script, so tests can import the functions above without touching files.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const sizes = await buildData();
  const articleBytes = [...sizes].filter(([path]) => path.startsWith('articles/')).map(([, size]) => size);
  console.log(`build:data → ${relative(process.cwd(), DATA_DIR)}`);
  console.log(`  ${MANIFEST_FILE.padEnd(22)} ${kilobytes(sizes.get(MANIFEST_FILE) ?? 0)}`);
  console.log(`  ${SEGMENT_PATH.padEnd(22)} ${kilobytes(sizes.get(SEGMENT_PATH) ?? 0)}`);
  console.log(
    `  ${`articles/ (${articleBytes.length})`.padEnd(22)} ${kilobytes(articleBytes.reduce((a, b) => a + b, 0))}`,
  );
  console.log(`  done in ${Math.round(performance.now() - started)} ms`);
}
