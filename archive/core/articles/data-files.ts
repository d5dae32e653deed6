import type { Article, ArticleMeta, Block } from './article';
import { BlockDataError, parseBlock } from './block-data';

/** The two files of a search segment, relative to the manifest. */
export interface SegmentPaths {
  /** The index: postings, statistics and document metadata, e.g. "search/segment-0.bin". */
  index: string;
  /** Token positions, read for phrase queries only, e.g. "search/segment-0.pos.bin". */
  positions: string;
}

/** The index of the shipped data folder: article metadata plus the search segments to load. */
export interface DataManifest {
  version: 2;
  /** Every bundled article, sorted by title. */
  articles: ArticleMeta[];
  segments: SegmentPaths[];
}

/** Raised when a data file does not have the expected shape; the message names the offending field. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

/** Name of the manifest in the data folder. */
export const MANIFEST_FILE = 'manifest.json';

// Ids become file names, so they are restricted to characters that are safe on every platform.
const SAFE_ID = /^[a-z0-9](?:[a-z0-9-]{0,199})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SEGMENT_FILE = /^search\/[a-z0-9-]+(?:\.pos)?\.bin$/;

/** The data-folder path of one article's JSON file; throws DataFileError for an id unsafe in a path. */
export function articleDataPath(id: string): string {
  if (!SAFE_ID.test(id)) throw new DataFileError(`article id "${id}" is not a lowercase slug`);
  return `articles/${id}.json`;
}

/** Validates a parsed manifest.json and returns it typed; throws DataFileError naming what is wrong. */
export function parseManifest(json: unknown): DataManifest {
  const { articles, segments } = parseManifestHead(json);
  return { version: 2, articles: articles.map(parseManifestArticle), segments };
}

/**
 * Validates a parsed manifest.json apart from its articles, which are returned unchecked, so a reader of a
 * large manifest can check and use them a part at a time (with parseManifestArticle); throws DataFileError.
 */
export function parseManifestHead(json: unknown): { articles: unknown[]; segments: SegmentPaths[] } {
  const data = record(json, 'manifest');
  if (data.version !== 2) throw new DataFileError('manifest: version must be 2; rebuild the app');
  const articles = array(data.articles, 'manifest.articles');
  const segments = array(data.segments, 'manifest.segments').map((item, i): SegmentPaths => {
    const paths = record(item, `manifest.segments[${i}]`);
    return {
      index: segmentFile(paths.index, i, 'index'),
      positions: segmentFile(paths.positions, i, 'positions'),
    };
  });
  return { articles, segments };
}

/** Validates the manifest's article number `index` and returns it typed; throws DataFileError naming it. */
export function parseManifestArticle(json: unknown, index: number): ArticleMeta {
  return parseMeta(json, `manifest.articles[${index}]`);
}

/** Validates a parsed articles/<id>.json and returns the Article; throws DataFileError naming what is wrong. */
export function parseArticleData(json: unknown): Article {
  const data = record(json, 'article');
  const meta = parseMeta(data, 'article');
  const blocks = array(data.blocks, 'article.blocks').map((item, i): Block => {
    try {
      return parseBlock(item);
    } catch (error) {
      if (error instanceof BlockDataError) throw new DataFileError(`article.blocks[${i}]: ${error.message}`);
      throw error;
    }
  });
  return { ...meta, blocks };
}

function segmentFile(value: unknown, i: number, which: string): string {
  if (typeof value !== 'string' || !SEGMENT_FILE.test(value)) {
    throw new DataFileError(`manifest.segments[${i}].${which} must be a path like "search/segment-0.bin"`);
  }
  return value;
}

function parseMeta(json: unknown, where: string): ArticleMeta {
  const data = record(json, where);
  const id = string(data.id, `${where}.id`);
  articleDataPath(id);
  const meta: ArticleMeta = {
    id,
    title: nonEmpty(data.title, `${where}.title`),
    source: nonEmpty(data.source, `${where}.source`),
  };
  if (data.date !== undefined) {
    if (typeof data.date !== 'string' || !ISO_DATE.test(data.date)) {
      throw new DataFileError(`${where}.date must be YYYY-MM-DD`);
    }
    meta.date = data.date;
  }
  // Length and excerpt are optional: archives built before they were recorded still load, without them.
  if (data.words !== undefined) {
    if (typeof data.words !== 'number' || !Number.isInteger(data.words) || data.words < 0)
      throw new DataFileError(`${where}.words must be a whole number of words`);
    meta.words = data.words;
  }
  if (data.excerpt !== undefined) {
    if (typeof data.excerpt !== 'string' || data.excerpt.length > MAX_EXCERPT_LENGTH)
      throw new DataFileError(`${where}.excerpt must be text of at most ${MAX_EXCERPT_LENGTH} characters`);
    meta.excerpt = data.excerpt;
  }
  return meta;
}

/** Longest excerpt a data file may carry; the build writes about 180 characters. */
const MAX_EXCERPT_LENGTH = 1000;

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DataFileError(`${where} must be an object`);
  }
  return value as Record<string, unknown>;
}

function array(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new DataFileError(`${where} must be an array`);
  return value;
}

function string(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new DataFileError(`${where} must be a string`);
  return value;
}

function nonEmpty(value: unknown, where: string): string {
  const text = string(value, where);
  if (text.trim() === '') throw new DataFileError(`${where} must not be empty`);
  return text;
}
