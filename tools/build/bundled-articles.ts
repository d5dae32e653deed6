// The app's own bundled archive: a folder of Markdown articles (archive/articles), read as the build reads it.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../archive/core/articles/article';
import { ArticleFormatError, parseArticleMarkdown } from '../../archive/core/articles/article-markdown';

/** Folder of the archive's article Markdown files. */
export const ARTICLES_DIR = fileURLToPath(new URL('../../archive/articles/', import.meta.url));
/** Files read at once: enough to keep the disk busy, few enough to stay within open-file limits. */
const READ_BATCH = 64;
/** The `*.md` files of a folder in file-name order, the order the build numbers articles in. */
export async function articleFiles(articlesDir = ARTICLES_DIR): Promise<string[]> {
  return (await readdir(articlesDir)).filter((name) => name.endsWith('.md')).sort();
}

/**
 * Reads and parses every `*.md` in a folder, in file-name order, a batch at a time, so a 50,000-file archive
 * is never held in memory at once; a file that fails names itself.
 */
export async function* readArticleStream(
  articlesDir = ARTICLES_DIR,
  only?: readonly string[],
): AsyncGenerator<Article> {
  const names = only ?? (await articleFiles(articlesDir));
  for (let at = 0; at < names.length; at += READ_BATCH) {
    const batch = names.slice(at, at + READ_BATCH);
    yield* await Promise.all(batch.map((name) => readArticle(articlesDir, name)));
  }
}

async function readArticle(articlesDir: string, name: string): Promise<Article> {
  try {
    return parseArticleMarkdown(await readFile(join(articlesDir, name), 'utf8'));
  } catch (error) {
    if (error instanceof ArticleFormatError) throw new ArticleFormatError(`${name}: ${error.message}`);
    throw error;
  }
}

/** Reads every article of a folder into memory (fine for the bundled archive; the build itself streams). */
export async function readArticles(articlesDir = ARTICLES_DIR): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const article of readArticleStream(articlesDir)) articles.push(article);
  return articles;
}

/** What a build reports beside its files: the files it left out, each with its path and reason. */
