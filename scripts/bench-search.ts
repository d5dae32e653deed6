import lunr from 'lunr';
import { plainText, type Article } from '../archive/core/article';
import { createSearchService } from '../archive/core/search';
import { buildSearchSegment, type SearchSegmentData } from '../archive/core/search-index';
import { readArticles } from './build-data';

/** Archive sizes measured, as multiples of the real archive. */
const SCALES = [1, 10, 100, 300];
/** Times each query runs per scale; percentiles come from all runs together. */
const ROUNDS = 10;
/** Queries a reader would type, covering each kind of lunr syntax and a half-typed word. */
const QUERIES = [
  'AES-256',
  'Interior',
  'title:drone',
  '+dji -kivu',
  'secur*',
  'encrypton~1',
  'data security',
  'drone ban china',
  'parrot',
  'secu',
];

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same synthetic archive. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Shuffled copies alone would keep the vocabulary fixed, yet lunr's token set (and so its load time) grows
// with the vocabulary; suffixing a few words per copy makes it grow as a real archive's does.
const NEW_WORD_SHARE = 0.05;

function shuffleWords(text: string, next: () => number): string {
  const words = text
    .split(' ')
    .map((w) => (next() < NEW_WORD_SHARE ? `${w}${Math.floor(next() * 36 ** 3).toString(36)}` : w));
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  return words.join(' ');
}

/** The real articles plus `scale - 1` copies of each, words shuffled (and a few made new) in every block and title. */
function syntheticArchive(articles: readonly Article[], scale: number): Article[] {
  const next = random(20240229);
  const copies: Article[] = [...articles];
  for (let copy = 1; copy < scale; copy++) {
    for (const a of articles) {
      copies.push({
        ...a,
        id: `${a.id}-copy-${copy}`,
        title: shuffleWords(a.title, next),
        blocks: a.blocks.map((b) => ({ ...b, text: shuffleWords(b.text, next) })),
      });
    }
  }
  return copies;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

interface Row {
  scale: number;
  docs: number;
  textMb: number;
  buildMs: number;
  sizeMb: number;
  parseMs: number;
  loadMs: number;
  p50: number;
  p95: number;
}

async function measure(articles: readonly Article[], scale: number): Promise<Row> {
  const archive = syntheticArchive(articles, scale);
  const bodies = new Map(archive.map((a) => [a.id, plainText(a.blocks)]));
  const textBytes = [...bodies.values()].reduce((sum, body) => sum + Buffer.byteLength(body), 0);
  const [segment, buildMs] = time(() => buildSearchSegment(archive));
  const json = JSON.stringify(segment);
  const [parsed, parseMs] = time(() => JSON.parse(json) as SearchSegmentData);
  const [, loadMs] = time(() => lunr.Index.load(parsed.index));
  const service = createSearchService({ segments: [parsed], loadBody: async (id) => bodies.get(id) ?? '' });
  await service.search('warm up'); // the service loads its index on first use; that was measured above
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      const started = performance.now();
      const response = await service.search(query);
      samples.push(performance.now() - started);
      if (response.status !== 'ok') throw new Error(`benchmark query "${query}" is ${response.status}`);
    }
  }
  samples.sort((a, b) => a - b);
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return {
    scale,
    docs: archive.length,
    textMb: mb(textBytes),
    buildMs,
    sizeMb: mb(Buffer.byteLength(json)),
    parseMs,
    loadMs,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
  };
}

function printTable(rows: readonly Row[]): void {
  const base = rows[0];
  if (base === undefined) return;
  const ratio = (value: number, of: number) => `${(value / of).toFixed(1)}x`;
  const header = [
    'scale',
    'docs',
    'text MB',
    'build ms',
    'index MB',
    'parse ms',
    'load ms',
    'p50 ms',
    'p95 ms',
  ];
  const lines = rows.map((r) => [
    `${r.scale}x`,
    String(r.docs),
    r.textMb.toFixed(2),
    `${r.buildMs.toFixed(0)} (${ratio(r.buildMs, base.buildMs)})`,
    `${r.sizeMb.toFixed(2)} (${ratio(r.sizeMb, base.sizeMb)})`,
    `${r.parseMs.toFixed(0)} (${ratio(r.parseMs, base.parseMs)})`,
    `${r.loadMs.toFixed(0)} (${ratio(r.loadMs, base.loadMs)})`,
    `${r.p50.toFixed(2)} (${ratio(r.p50, base.p50)})`,
    `${r.p95.toFixed(2)} (${ratio(r.p95, base.p95)})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const format = (cells: readonly string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  console.log(
    `\nRatios are against the 1x row of this run. Queries (${ROUNDS} rounds each): ${QUERIES.join(' | ')}`,
  );
  console.log(
    'Query time is SearchService.search with limit 20: lunr query, merge, snippets from in-memory bodies.',
  );
}

const articles = await readArticles();
if (articles.length === 0) throw new Error('archive/articles is empty; run npm run generate:archive first');
const rows: Row[] = [];
for (const scale of SCALES) {
  rows.push(await measure(articles, scale));
  console.log(`measured ${scale}x`);
}
printTable(rows);
