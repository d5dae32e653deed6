import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article, ArticleMeta } from '../archive/core/article';
import { articleDataPath, MANIFEST_FILE, type DataManifest } from '../archive/core/data-files';
import { SegmentBuilder } from '../archive/core/engine/segment-builder';

/** The bundled search segment's files; imported articles get segments of their own. */
export const BUNDLED_SEGMENT = { index: 'search/segment-0.bin', positions: 'search/segment-0.pos.bin' };

/** Sizes of what was written, for the build's summary. */
export interface WrittenData {
  articles: number;
  articleBytes: number;
  indexBytes: number;
  positionBytes: number;
  manifestBytes: number;
}

/** Writes files in parallel batches: one at a time is slow for 50,000 articles, all at once exhausts handles. */
const WRITE_BATCH = 64;

/**
 * Replaces the data folder with the files for an archive, reading the articles once as a stream: each article is
 * written as JSON and indexed, so a 50,000-article build holds the encoded index, not the articles. Articles are
 * numbered in the order given; give them in a stable order (file name) for identical output.
 */
export async function writeData(
  articles: AsyncIterable<Article> | Iterable<Article>,
  dataDir: string,
): Promise<WrittenData> {
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(join(dataDir, 'articles'), { recursive: true });
  await mkdir(join(dataDir, 'search'), { recursive: true });
  const builder = new SegmentBuilder();
  const metas: ArticleMeta[] = [];
  let pending: Promise<void>[] = [];
  let articleBytes = 0;
  for await (const article of articles) {
    const path = articleDataPath(article.id);
    builder.add(article);
    metas.push(metaOf(article));
    const json = JSON.stringify(article);
    articleBytes += Buffer.byteLength(json);
    pending.push(writeFile(join(dataDir, path), json, 'utf8'));
    if (pending.length >= WRITE_BATCH) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  const files = builder.finish();
  const manifest: DataManifest = {
    version: 2,
    articles: metas.sort(byTitle),
    segments: [BUNDLED_SEGMENT],
  };
  const manifestJson = JSON.stringify(manifest);
  await writeAt(dataDir, BUNDLED_SEGMENT.index, files.index);
  await writeAt(dataDir, BUNDLED_SEGMENT.positions, files.positions);
  await writeAt(dataDir, MANIFEST_FILE, manifestJson);
  return {
    articles: metas.length,
    articleBytes,
    indexBytes: files.index.length,
    positionBytes: files.positions.length,
    manifestBytes: Buffer.byteLength(manifestJson),
  };
}

async function writeAt(dataDir: string, path: string, data: Uint8Array | string): Promise<void> {
  const target = join(dataDir, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, data);
}

function metaOf(article: Article): ArticleMeta {
  const meta: ArticleMeta = { id: article.id, title: article.title, source: article.source };
  if (article.date !== undefined) meta.date = article.date;
  return meta;
}

function byTitle(a: ArticleMeta, b: ArticleMeta): number {
  return TITLE_ORDER.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// One collator for the whole sort: localeCompare builds one per call, which dominates sorting 50,000 titles.
const TITLE_ORDER = new Intl.Collator('en');
