// Reads a publisher's folder of .md, .html and .txt files as the app's bundled archive, through the same
// parsers the in-app import uses. A file that cannot be read is reported with its path and reason, not fatal.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { Article } from '../../archive/core/articles/article';
import { ArticleFormatError, parseArticleMarkdown } from '../../archive/core/articles/article-markdown';
import { checkFile, formatFor, readImportFile } from '../../archive/core/import/formats';
import { ImportRefusal } from '../../archive/core/import/refusal';
import { slugify } from '../../archive/core/articles/slug';

/** A file of the folder and the article id it is given. */
export interface ArchiveFile {
  /** Path relative to the archive folder, with forward slashes. */
  path: string;
  id: string;
}

/** One file's outcome: its article, or the reason it was left out. */
export type ArchiveFileOutcome = { ok: true; article: Article } | { ok: false; path: string; reason: string };

/** Every importable file under `dir`, subfolders included, in path order (the order articles are numbered in). */
export async function listArchiveFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && formatFor(entry.name) !== undefined && !entry.name.startsWith('.'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Gives each file a stable id from its path: the same folder always builds the same ids, so annotations made
 * on one build find their articles in the next. Collisions (`a b.md`, `a-b.md`) get -2, -3, …
 */
export function assignIds(paths: readonly string[]): ArchiveFile[] {
  const taken = new Set<string>();
  return paths.map((path, index) => {
    const base = slugify(path.replace(/\.[^./]+$/, '').replaceAll('/', ' ')) || `article-${index + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { path, id };
  });
}

/**
 * Reads one file into an article. Files already in Airgap's own article format keep their exact text; any
 * other Markdown, HTML or text goes through the import parsers. `source` names the archive when a file does not.
 */
export async function readArchiveFile(
  dir: string,
  file: ArchiveFile,
  source: string,
): Promise<ArchiveFileOutcome> {
  const full = join(dir, file.path);
  try {
    checkFile(file.path, (await stat(full)).size);
    const bytes = await readFile(full);
    if (file.path.endsWith('.md')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return { ok: true, article: { ...parseArticleMarkdown(text), id: file.id } };
      } catch (error) {
        // Not Airgap's own format (or not UTF-8): the general parsers below read it or say why they cannot.
        if (!(error instanceof ArticleFormatError) && !(error instanceof TypeError)) throw error;
      }
    }
    const outcome = readImportFile(basename(file.path), bytes);
    if (!outcome.ok) return { ok: false, path: file.path, reason: outcome.reason };
    const { title, blocks, date, siteName } = outcome.file.text;
    const article: Article = { id: file.id, title, source: siteName ?? source, blocks };
    if (date !== undefined) article.date = date;
    return { ok: true, article };
  } catch (error) {
    const reason =
      error instanceof ImportRefusal ? error.reason : `it could not be read (${(error as Error).message})`;
    return { ok: false, path: file.path, reason };
  }
}

/** Reads files in order, a batch at a time so a 50,000-file folder is never in memory at once. */
export async function* readArchiveStream(
  dir: string,
  files: readonly ArchiveFile[],
  source: string,
  batchSize = 64,
): AsyncGenerator<ArchiveFileOutcome> {
  for (let at = 0; at < files.length; at += batchSize) {
    yield* await Promise.all(
      files.slice(at, at + batchSize).map((file) => readArchiveFile(dir, file, source)),
    );
  }
}
