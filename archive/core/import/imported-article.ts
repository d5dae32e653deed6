// An article the user imported, as stored on their machine: the article itself plus where it came from, so a
// re-import of the same file can be recognised (by its text's hash) or matched to the article it updates.
import type { Article, ArticleMeta } from '../articles/article';
import { articleMeta } from '../articles/article-summary';
import { DataFileError, parseArticleData } from '../articles/data-files';
import type { ParsedFile } from './formats';
import { slugify } from '../articles/slug';

/** The stored form of an imported article. */
export interface ImportedArticle extends Article {
  /** The file's name as the user chose it, with its folder path inside a chosen folder. */
  fileName: string;
  /** hashText of the file's decoded text: the same text imported again is recognised and skipped. */
  contentHash: string;
  format: ParsedFile['format'];
  encoding: string;
  byline?: string;
  url?: string;
  language?: string;
  tags?: string[];
  /** Milliseconds since the epoch. */
  importedAt: number;
  updatedAt: number;
}

/** What the library and search show for an imported article when its source is not stated. */
export const IMPORTED_SOURCE = 'Imported';
/** Every imported article's id starts with this, so it can never collide with a bundled one. */
export const IMPORTED_ID_PREFIX = 'imported-';

/** A new imported article's id: readable from its title, unique by its text's hash. */
function importedArticleId(title: string, contentHash: string): string {
  const words = slugify(title).slice(0, 48).replace(/-+$/, '');
  return `${IMPORTED_ID_PREFIX}${words || 'article'}-${contentHash.slice(-8)}`;
}

/** Builds the stored article for a parsed file; `existing` is the article it updates, keeping its id. */
export function toImportedArticle(
  parsed: ParsedFile,
  fileName: string,
  now: number,
  existing?: ImportedArticle,
): ImportedArticle {
  const { title, blocks, date, byline, siteName, language, url, tags } = parsed.text;
  const article: ImportedArticle = {
    id: existing?.id ?? importedArticleId(title, parsed.contentHash),
    title,
    source: siteName ?? IMPORTED_SOURCE,
    blocks,
    fileName,
    contentHash: parsed.contentHash,
    format: parsed.format,
    encoding: parsed.encoding,
    importedAt: existing?.importedAt ?? now,
    updatedAt: now,
  };
  if (date !== undefined) article.date = date;
  if (byline !== undefined) article.byline = byline;
  if (url !== undefined) article.url = url;
  if (language !== undefined) article.language = language;
  if (tags !== undefined) article.tags = tags;
  return article;
}

/** The library's view of an imported article. */
export function importedMeta(article: ImportedArticle): ArticleMeta {
  return articleMeta(article);
}

const FORMATS: readonly string[] = ['html', 'markdown', 'text'];

/**
 * Checks a record read back from storage; throws DataFileError saying what is wrong, so one damaged record
 * is set aside instead of breaking the library.
 */
export function parseImportedArticle(json: unknown): ImportedArticle {
  const article = parseArticleData(json);
  const data = json as Record<string, unknown>;
  if (!article.id.startsWith(IMPORTED_ID_PREFIX))
    throw new DataFileError('imported article id has the wrong prefix');
  for (const key of ['fileName', 'contentHash', 'encoding'] as const) {
    if (typeof data[key] !== 'string') throw new DataFileError(`imported article ${key} must be text`);
  }
  if (!FORMATS.includes(data.format as string)) throw new DataFileError('imported article format is unknown');
  for (const key of ['importedAt', 'updatedAt'] as const) {
    if (!Number.isFinite(data[key])) throw new DataFileError(`imported article ${key} must be a time`);
  }
  const stored: ImportedArticle = {
    ...article,
    fileName: data.fileName as string,
    contentHash: data.contentHash as string,
    format: data.format as ImportedArticle['format'],
    encoding: data.encoding as string,
    importedAt: data.importedAt as number,
    updatedAt: data.updatedAt as number,
  };
  for (const key of ['byline', 'url', 'language'] as const) {
    if (typeof data[key] === 'string') stored[key] = data[key];
  }
  if (Array.isArray(data.tags)) stored.tags = data.tags.filter((t): t is string => typeof t === 'string');
  return stored;
}
