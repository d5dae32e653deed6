// `npm run bench:kiwix [-- N ...]`: the app against Kiwix on the same ZIM files, in one run. For each size (10,000
// and 50,000 real-text articles by default; 200,000 on request) it makes a ZIM with zimwriterfs (Kiwix's writer,
// with its Xapian index), starts kiwix-serve on it, and runs the same queries through both: the app's reader,
// indexer and search service in Node (the code its workers run) and kiwix-serve over loopback HTTP. It prints
// search p50/p95/p99 per class and overall, known-item success at 3, open-to-titles, first article shown,
// indexing time and peak memory, with ratios, and projects 1,000,000 articles from the growth between the two
// largest sizes. Needs Debian's zim-tools and kiwix-tools.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { plainText } from '../../archive/core/articles/article';
import { indexZim } from '../../archive/core/libraries/zim-index';
import { parseZimArticleId } from '../../archive/core/libraries/zim-ids';
import { readZimPage } from '../../archive/core/libraries/zim-pages';
import { createSearchService, SegmentReader } from '../../archive/core/search';
import { TitleIndex } from '../../archive/core/zim/title-index';
import { ZimArchive } from '../../archive/core/zim/zim-archive';
import { loadZstdWasm } from '../../archive/core/zim/zstd-wasm';
import { fileSource } from '../build/zim-files';
import { printTable } from '../dev/print-table';
import { benchPagePath, makeBenchZim } from './lib/bench-zim-file';
import { benchArticles } from './lib/corpus';
import { knownItems } from './lib/known-items';
import { startKiwixServe } from './lib/kiwix-serve';
import { benchQueries, type QueryClass } from './lib/queries';
import { mb, ms, percentiles, ratio, timed } from './lib/stats';

// The classes both engines read the same way; fuzzy (~1) and the app's typing prefix have no Xapian twin.
const CLASSES: readonly QueryClass[] = ['common', 'rare', 'two-required', 'three-terms', 'phrase', 'prefix'];
const KNOWN_ITEMS = 100;

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) sizes.push(10_000, 50_000);

interface SizeResult {
  size: number;
  airgap: Record<string, number[]>;
  kiwix: Record<string, number[]>;
  /** First runs of every query: nothing read yet for it, on either side. */
  coldAirgap: number[];
  coldKiwix: number[];
  knownAirgap: number;
  knownKiwix: number;
  openMs: number;
  kiwixOpenMs: number;
  firstMs: number;
  kiwixFirstMs: number;
  indexMs: number;
  indexPeakHeap: number;
  indexPeakRss: number;
  writeMs: number;
  writePeak: number;
  segmentBytes: number;
  zimBytes: number;
}

async function measure(size: number, port: number): Promise<SizeResult> {
  const work = mkdtempSync(path.join(tmpdir(), 'airgap-bench-kiwix-'));
  try {
    const articles = benchArticles(size);
    console.error(`${size}: writing the ZIM with zimwriterfs…`);
    const zimFile = makeBenchZim(articles, work);
    const source = await fileSource(zimFile.zimPath);

    // Open to titles: what the library card and the first A-Z screen need.
    const [{ zim, titles }, openMs] = await timed(async () => {
      const zim = await ZimArchive.open(source);
      const titles = await TitleIndex.open(zim);
      for (let i = 0; i < 50; i++) await titles.at(i);
      return { zim, titles };
    });
    const [, firstMs] = await timed(() =>
      readZimPage(zim, benchPagePath(1), { id: 'first', source: 'Bench' }),
    );

    console.error(`${size}: indexing in the app's indexer…`);
    let peakHeap = 0;
    let peakRss = 0;
    const sample = (): void => {
      const usage = process.memoryUsage();
      peakHeap = Math.max(peakHeap, usage.heapUsed);
      peakRss = Math.max(peakRss, usage.rss);
    };
    const sampler = setInterval(sample, 50);
    const [built, indexMs] = await timed(() =>
      indexZim(
        zim,
        titles,
        zim.header.uuid,
        'Bench',
        () => {},
        () => false,
        () => new Promise(setImmediate),
      ),
    );
    clearInterval(sampler);
    sample();
    if (!built) throw new Error('indexing stopped');
    const search = createSearchService({
      segments: [new SegmentReader(built.index)],
      loadBody: async (id) =>
        plainText((await readZimPage(zim, parseZimArticleId(id)!.path, { id, source: 'Bench' })).blocks),
      loadPositions: async () => built.positions,
    });
    const airgapSearch = async (query: string): Promise<string[]> => {
      const response = await search.search(query, { limit: 10 });
      return response.status === 'ok' ? response.results.map((r) => parseZimArticleId(r.meta.id)!.path) : [];
    };

    const [kiwix, kiwixOpenMs] = await timed(() => startKiwixServe(zimFile.zimPath, port));
    try {
      const [, kiwixFirstMs] = await timed(() =>
        fetch(`http://127.0.0.1:${port}/content/bench/${benchPagePath(1)}`),
      );
      const queries = benchQueries(articles);
      const airgap: Record<string, number[]> = {};
      const kiwixTimes: Record<string, number[]> = {};
      const coldAirgap: number[] = [];
      const coldKiwix: number[] = [];
      console.error(`${size}: searching both…`);
      // The first run of each query is its cold time (pages not yet read for snippets, on both sides). The warm
      // run comes only after every other query has run once: kiwix-serve keeps its latest answers, and a query
      // asked again straight away was answered about 4 times faster (a user repeating a search, not a new one).
      for (const name of CLASSES) {
        for (const query of queries[name]) {
          coldAirgap.push((await timed(() => airgapSearch(query)))[1]);
          coldKiwix.push((await timed(() => kiwix.search(query)))[1]);
        }
      }
      for (const name of CLASSES) {
        airgap[name] = [];
        kiwixTimes[name] = [];
        for (const query of queries[name]) {
          airgap[name].push((await timed(() => airgapSearch(query)))[1]);
          kiwixTimes[name].push((await timed(() => kiwix.search(query)))[1]);
        }
      }
      let knownAirgap = 0;
      let knownKiwix = 0;
      for (const { query, number } of knownItems(articles, KNOWN_ITEMS)) {
        const wanted = benchPagePath(number);
        if ((await airgapSearch(query)).slice(0, 3).includes(wanted)) knownAirgap++;
        if ((await kiwix.search(query, 3)).slice(0, 3).includes(wanted)) knownKiwix++;
      }
      await source.close();
      return {
        size,
        airgap,
        kiwix: kiwixTimes,
        coldAirgap,
        coldKiwix,
        knownAirgap,
        knownKiwix,
        openMs,
        kiwixOpenMs,
        firstMs,
        kiwixFirstMs,
        indexMs,
        indexPeakHeap: peakHeap,
        indexPeakRss: peakRss,
        writeMs: zimFile.writeMs,
        writePeak: zimFile.writePeakBytes,
        segmentBytes: built.index.byteLength + built.positions.byteLength,
        zimBytes: source.size,
      };
    } finally {
      kiwix.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// The app's workers decode zstd in WebAssembly: so does the bench.
if (!(await loadZstdWasm())) throw new Error('zstd in WebAssembly did not load');
const results: SizeResult[] = [];
for (const [i, size] of sizes.entries()) results.push(await measure(size, 8900 + i));

const all = (times: Record<string, number[]>): number[] => Object.values(times).flat();
for (const r of results) {
  printTable(
    `Search, ${r.size.toLocaleString('en')} articles: the app in Node against kiwix-serve (warm, top 10)`,
    ['class', 'queries', 'app p50 / p95 / p99', 'Kiwix p50 / p95 / p99', 'p95: Kiwix / app'],
    [...CLASSES, 'all', 'all, first run (cold)'].map((name) => {
      if (name.startsWith('all, first')) {
        const a = percentiles(r.coldAirgap);
        const k = percentiles(r.coldKiwix);
        return [
          name,
          String(r.coldAirgap.length),
          `${ms(a.p50)} / ${ms(a.p95)} / ${ms(a.p99)}`,
          `${ms(k.p50)} / ${ms(k.p95)} / ${ms(k.p99)}`,
          ratio(k.p95, a.p95),
        ];
      }
      const a = percentiles(name === 'all' ? all(r.airgap) : r.airgap[name]!);
      const k = percentiles(name === 'all' ? all(r.kiwix) : r.kiwix[name]!);
      const n = (name === 'all' ? all(r.airgap) : r.airgap[name]!).length;
      return [
        name,
        String(n),
        `${ms(a.p50)} / ${ms(a.p95)} / ${ms(a.p99)}`,
        `${ms(k.p50)} / ${ms(k.p95)} / ${ms(k.p99)}`,
        ratio(k.p95, a.p95),
      ];
    }),
  );
}

printTable(
  'The app against Kiwix on the same ZIM files',
  [
    'articles',
    'search p95 app / Kiwix',
    'known item in top 3 app / Kiwix',
    'open to titles app / kiwix-serve up',
    'first article app / Kiwix',
    'indexing app / zimwriterfs',
    'peak memory app heap (RSS) / zimwriterfs',
    'index app / ZIM with Xapian',
  ],
  results.map((r) => [
    r.size.toLocaleString('en'),
    `${ms(percentiles(all(r.airgap)).p95)} / ${ms(percentiles(all(r.kiwix)).p95)} (${ratio(percentiles(all(r.kiwix)).p95, percentiles(all(r.airgap)).p95)})`,
    `${r.knownAirgap} / ${r.knownKiwix} of ${KNOWN_ITEMS}`,
    `${ms(r.openMs)} / ${ms(r.kiwixOpenMs)}`,
    `${ms(r.firstMs)} / ${ms(r.kiwixFirstMs)}`,
    `${ms(r.indexMs)} (${Math.round(r.size / (r.indexMs / 1000))}/s) / ${ms(r.writeMs)}`,
    `${mb(r.indexPeakHeap)} (${mb(r.indexPeakRss)}) / ${mb(r.writePeak)}`,
    `${mb(r.segmentBytes)} / ${mb(r.zimBytes)}`,
  ]),
);

if (results.length >= 2) {
  // Growth between the two largest sizes, as a power of the size, carried on to a million articles.
  const [a, b] = results.slice(-2) as [SizeResult, SizeResult];
  const project = (x: number, y: number): number =>
    y * (1_000_000 / b.size) ** (Math.log(y / x) / Math.log(b.size / a.size));
  const appP95 = project(percentiles(all(a.airgap)).p95, percentiles(all(b.airgap)).p95);
  const kiwixP95 = project(percentiles(all(a.kiwix)).p95, percentiles(all(b.kiwix)).p95);
  printTable(
    `Projected to 1,000,000 articles from the growth between ${a.size.toLocaleString('en')} and ${b.size.toLocaleString('en')}`,
    ['measure', 'app', 'Kiwix', 'Kiwix / app'],
    [
      ['search p95', ms(appP95), ms(kiwixP95), ratio(kiwixP95, appP95)],
      [
        'indexing',
        ms(project(a.indexMs, b.indexMs)),
        ms(project(a.writeMs, b.writeMs)),
        ratio(project(a.writeMs, b.writeMs), project(a.indexMs, b.indexMs)),
      ],
      [
        'peak memory while indexing',
        mb(project(a.indexPeakRss, b.indexPeakRss)),
        mb(project(a.writePeak, b.writePeak)),
        'n/a',
      ],
    ],
  );
}
