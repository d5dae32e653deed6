import { articleMeta } from '../../archive/core/articles/article-summary';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article, ArticleMeta } from '../../archive/core/articles/article';
import {
  encodePack,
  PACK_TARGET_BYTES,
  PACKS_FILE,
  type PackEntry,
} from '../../archive/core/articles/article-packs';
import { MANIFEST_FILE, type DataManifest, type SegmentPaths } from '../../archive/core/articles/data-files';
import { SegmentBuilder, type SearchLanguage } from '../../archive/core/search';
import { zstdCompress } from './zstd-compress';

/**
 * The files of the k-th share's search segment (and of its part-th, when a share is large enough to be split);
 * imported articles get segments of their own.
 */
export function segmentPaths(k: number, part = 0): SegmentPaths {
  const name = part === 0 ? `segment-${k}` : `segment-${k}-${part}`;
  return { index: `search/${name}.bin`, positions: `search/${name}.pos.bin` };
}

/**
 * Encoded postings and positions at which a share's segment is written and a new one begun, bounding the build's
 * memory whatever the archive's size: writing a segment holds about three times this (the lists, their copy in
 * term order and the file), in each of the build's threads. The bench's 5 KB articles fill one in about 70,000.
 */
export const SEGMENT_BYTES = 192 * 1024 * 1024;

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

/** What one segment's writer produced: its files, its articles' metadata (in index order), their packs and byte counts. */
export interface WrittenSegment {
  paths: SegmentPaths;
  metas: ArticleMeta[];
  packs: PackEntry[];
  /** Bytes of the packs as written (compressed). */
  articleBytes: number;
  indexBytes: number;
  positionBytes: number;
}

/**
 * Indexes one share's articles into segments and writes their JSON in compressed packs as it goes
 * (PACK_TARGET_BYTES of JSON each), so a large archive is held as encoded index, not as articles; a segment is
 * written and a new one begun whenever one reaches `segmentBytes`.
 */
export class SegmentWriter {
  private builder: SegmentBuilder;
  private written: WrittenSegment[] = [];
  private metas: ArticleMeta[] = [];
  private packs: PackEntry[] = [];
  private packCount = 0;
  private jsons: string[] = [];
  private ids: string[] = [];
  private gathered = 0;
  private articleBytes = 0;

  /** A writer of share number `share` into `dataDir`, reading words in `language` (a ZIM's own; English otherwise). */
  constructor(
    private readonly dataDir: string,
    private readonly share: number,
    private readonly language: SearchLanguage = 'en',
    private readonly segmentBytes = SEGMENT_BYTES,
  ) {
    this.builder = new SegmentBuilder(language);
  }

  /** Indexes an article and adds it to the pack being gathered, written once it is full. */
  async add(article: Article): Promise<void> {
    this.builder.add(article);
    const meta = articleMeta(article);
    this.metas.push(meta);
    const json = JSON.stringify(article);
    this.jsons.push(json);
    this.ids.push(meta.id);
    this.gathered += json.length;
    if (this.gathered >= PACK_TARGET_BYTES) await this.closePack();
    if (this.builder.encodedBytes >= this.segmentBytes) await this.closeSegment();
  }

  /** Writes the last pack and segment; returns every segment the share was written as, in order. */
  async finish(): Promise<WrittenSegment[]> {
    if (this.builder.docCount > 0 || this.written.length === 0) await this.closeSegment();
    return this.written;
  }

  private async closeSegment(): Promise<void> {
    await this.closePack();
    const files = this.builder.finishChunks();
    this.builder = new SegmentBuilder(this.language);
    const paths = segmentPaths(this.share, this.written.length);
    await writeAt(this.dataDir, paths.index, files.index);
    await writeAt(this.dataDir, paths.positions, files.positions);
    this.written.push({
      paths,
      metas: this.metas,
      packs: this.packs,
      articleBytes: this.articleBytes,
      indexBytes: byteLength(files.index),
      positionBytes: byteLength(files.positions),
    });
    this.metas = [];
    this.packs = [];
    this.articleBytes = 0;
  }

  private async closePack(): Promise<void> {
    if (this.jsons.length === 0) return;
    const path = `articles/pack-${this.share}-${this.packCount++}.bin`;
    const bytes = await zstdCompress(encodePack(this.jsons));
    this.packs.push({ path, ids: this.ids });
    this.articleBytes += bytes.length;
    this.jsons = [];
    this.ids = [];
    this.gathered = 0;
    await writeAt(this.dataDir, path, bytes);
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
    segments: segments.map((s) => s.paths),
  };
  let manifestBytes = 0;
  // Written piece by piece as the pieces are made, so the whole text is never held.
  const counted = function* () {
    for (const chunk of manifestChunks(manifest)) {
      manifestBytes += Buffer.byteLength(chunk);
      yield chunk;
    }
  };
  await writeAt(dataDir, MANIFEST_FILE, counted());
  await writeAt(dataDir, PACKS_FILE, JSON.stringify({ version: 1, packs: segments.flatMap((s) => s.packs) }));
  const sum = (pick: (s: WrittenSegment) => number) => segments.reduce((total, s) => total + pick(s), 0);
  return {
    articles: metas.length,
    articleBytes: sum((s) => s.articleBytes),
    indexBytes: sum((s) => s.indexBytes),
    positionBytes: sum((s) => s.positionBytes),
    manifestBytes,
  };
}

/** Articles per piece of the manifest's text. */
const MANIFEST_PIECE = 10_000;

/**
 * The manifest's JSON (exactly `JSON.stringify(manifest)`) in pieces of MANIFEST_PIECE articles: a million
 * articles' manifest is hundreds of megabytes, and as one string it was held beside the articles it was made from.
 */
export function* manifestChunks(manifest: DataManifest): Generator<string> {
  const outline = JSON.stringify({ ...manifest, articles: [] });
  const slot = outline.indexOf('"articles":[]') + '"articles":['.length;
  yield outline.slice(0, slot);
  for (let from = 0; from < manifest.articles.length; from += MANIFEST_PIECE) {
    const piece = manifest.articles.slice(from, from + MANIFEST_PIECE).map((meta) => JSON.stringify(meta));
    yield (from === 0 ? '' : ',') + piece.join(',');
  }
  yield outline.slice(slot);
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
  const writer = new SegmentWriter(dataDir, 0);
  for await (const article of articles) await writer.add(article);
  return writeManifest(dataDir, await writer.finish());
}

const byteLength = (chunks: readonly Uint8Array[]): number => chunks.reduce((n, c) => n + c.length, 0);

async function writeAt(
  dataDir: string,
  path: string,
  data: Uint8Array | string | Iterable<Uint8Array> | Iterable<string>,
): Promise<void> {
  const target = join(dataDir, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, data);
}

// One collator for the whole sort: localeCompare builds one per call, which dominates sorting 50,000 titles.
const TITLE_ORDER = new Intl.Collator('en');

function byTitle(a: ArticleMeta, b: ArticleMeta): number {
  return TITLE_ORDER.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
