import { articleMeta } from '../../archive/core/articles/article-summary';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article, ArticleMeta } from '../../archive/core/articles/article';
import {
  articleDataPath,
  MANIFEST_FILE,
  type DataManifest,
  type SegmentPaths,
} from '../../archive/core/articles/data-files';
import { SegmentBuilder, type SearchLanguage } from '../../archive/core/search';

/** The files of the k-th bundled search segment; imported articles get segments of their own. */
export function segmentPaths(k: number): SegmentPaths {
  return { index: `search/segment-${k}.bin`, positions: `search/segment-${k}.pos.bin` };
}

/** The first bundled segment's files. */
export const BUNDLED_SEGMENT = segmentPaths(0);

/** Sizes of what was written, for the build's summary. */
export interface WrittenData {
  articles: number;
  articleBytes: number;
  indexBytes: number;
  positionBytes: number;
  manifestBytes: number;
}

/** What one segment's writer produced: its articles' metadata (in index order) and byte counts. */
export interface WrittenSegment {
  metas: ArticleMeta[];
  articleBytes: number;
  indexBytes: number;
  positionBytes: number;
}

/** Files written at once: one at a time is slow for 50,000 articles, all at once exhausts file handles. */
const WRITE_BATCH = 64;

/**
 * Indexes articles into one segment and writes each article's JSON as it goes, so a large archive is held as
 * its encoded index, not as articles.
 */
export class SegmentWriter {
  private readonly builder: SegmentBuilder;
  private readonly metas: ArticleMeta[] = [];
  private pending: Promise<void>[] = [];
  private articleBytes = 0;

  /** A writer into `dataDir` whose index reads words in `language` (a ZIM's own; English otherwise). */
  constructor(
    private readonly dataDir: string,
    language: SearchLanguage = 'en',
  ) {
    this.builder = new SegmentBuilder(language);
  }

  /** Indexes an article and writes its data file. */
  async add(article: Article): Promise<void> {
    const path = articleDataPath(article.id);
    this.builder.add(article);
    this.metas.push(articleMeta(article));
    const json = JSON.stringify(article);
    this.articleBytes += Buffer.byteLength(json);
    this.pending.push(writeFile(join(this.dataDir, path), json, 'utf8'));
    if (this.pending.length >= WRITE_BATCH) await this.flush();
  }

  /** Writes the segment's index and positions files as segment number `k`. */
  async finish(k: number): Promise<WrittenSegment> {
    await this.flush();
    const files = this.builder.finish();
    const paths = segmentPaths(k);
    await writeAt(this.dataDir, paths.index, files.index);
    await writeAt(this.dataDir, paths.positions, files.positions);
    return {
      metas: this.metas,
      articleBytes: this.articleBytes,
      indexBytes: files.index.length,
      positionBytes: files.positions.length,
    };
  }

  private async flush(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    await Promise.all(pending);
  }
}

/** Empties the data folder and makes its subfolders, so no stale article outlives its source. */
export async function prepareDataDir(dataDir: string): Promise<void> {
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(join(dataDir, 'articles'), { recursive: true });
  await mkdir(join(dataDir, 'search'), { recursive: true });
}

/** Writes the manifest for segments written in order; throws when two segments hold the same article id. */
export async function writeManifest(
  dataDir: string,
  segments: readonly WrittenSegment[],
): Promise<WrittenData> {
  const metas = segments.flatMap((s) => s.metas);
  const seen = new Set<string>();
  for (const meta of metas) {
    if (seen.has(meta.id)) throw new Error(`duplicate article id "${meta.id}"`);
    seen.add(meta.id);
  }
  const manifest: DataManifest = {
    version: 2,
    articles: [...metas].sort(byTitle),
    segments: segments.map((_, k) => segmentPaths(k)),
  };
  const json = JSON.stringify(manifest);
  await writeAt(dataDir, MANIFEST_FILE, json);
  const sum = (pick: (s: WrittenSegment) => number) => segments.reduce((total, s) => total + pick(s), 0);
  return {
    articles: metas.length,
    articleBytes: sum((s) => s.articleBytes),
    indexBytes: sum((s) => s.indexBytes),
    positionBytes: sum((s) => s.positionBytes),
    manifestBytes: Buffer.byteLength(json),
  };
}

/**
 * Replaces the data folder with the files for an archive in one segment, reading the articles once as a stream.
 * Articles are numbered in the order given; give them in a stable order for identical output.
 */
export async function writeData(
  articles: AsyncIterable<Article> | Iterable<Article>,
  dataDir: string,
): Promise<WrittenData> {
  await prepareDataDir(dataDir);
  const writer = new SegmentWriter(dataDir);
  for await (const article of articles) await writer.add(article);
  return writeManifest(dataDir, [await writer.finish(0)]);
}

async function writeAt(dataDir: string, path: string, data: Uint8Array | string): Promise<void> {
  const target = join(dataDir, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, data);
}

// One collator for the whole sort: localeCompare builds one per call, which dominates sorting 50,000 titles.
const TITLE_ORDER = new Intl.Collator('en');

function byTitle(a: ArticleMeta, b: ArticleMeta): number {
  return TITLE_ORDER.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
