// `npm run bench:zim [-- N]`: makes a ZIM of N real-text articles with zimwriterfs (the reference writer, default
// 5,000), then prints, for the app's reader in Node: open-to-card time, first A-Z screen, a page read, indexing
// rate into a search segment, and the segment's size against the file and its Xapian index; and zimdump's listing
// time on the same file as a baseline from the same run. Needs Debian's zim-tools.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TitleIndex } from '../../archive/core/zim/title-index';
import { ZimArchive } from '../../archive/core/zim/zim-archive';
import { readMetadata } from '../../archive/core/zim/zim-metadata';
import { fileSource } from '../build/zim-files';
import { printTable } from '../dev/print-table';
import { benchArticleStream } from './lib/corpus';
import { makeBenchZim } from './lib/bench-zim-file';
import { indexZim } from '../../archive/core/libraries/zim-index';

const count = Number(process.argv[2] ?? 5_000);
const ms = (from: number): string => `${(performance.now() - from).toFixed(1)} ms`;
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

const work = mkdtempSync(path.join(tmpdir(), 'airgap-bench-zim-'));
try {
  const { zimPath, writeMs } = makeBenchZim(benchArticleStream(count), work);
  const writeTime = `${writeMs.toFixed(1)} ms`;

  let started = performance.now();
  execFileSync('zimdump', ['list', zimPath], { stdio: 'ignore', maxBuffer: 1 << 30 });
  const zimdumpList = ms(started);

  const source = await fileSource(zimPath);
  started = performance.now();
  const zim = await ZimArchive.open(source);
  const titles = await TitleIndex.open(zim);
  const metadata = await readMetadata(zim);
  const openTime = ms(started);
  started = performance.now();
  for (let i = 0; i < 50; i++) await titles.at(i);
  const firstScreen = ms(started);
  started = performance.now();
  const middle = await titles.at(Math.floor(titles.count / 2));
  const page = await zim.resolve(middle);
  await zim.content(page!);
  const pageRead = ms(started);

  started = performance.now();
  const built = await indexZim(
    zim,
    titles,
    zim.header.uuid,
    metadata.title ?? '',
    () => {},
    () => false,
  );
  const seconds = (performance.now() - started) / 1000;
  await source.close();
  const size = statSync(zimPath).size;
  printTable(
    `A ZIM of ${count.toLocaleString('en')} real-text articles, read by the app's reader in Node`,
    ['measure', 'value'],
    [
      ['articles (title index)', titles.count.toLocaleString('en')],
      ['ZIM file (with its Xapian index)', mb(size)],
      ['zimwriterfs, write the file', writeTime],
      ['zimdump list (baseline, whole listing)', zimdumpList],
      ['open: header, metadata, title index', openTime],
      ['first A-Z screen (50 titles)', firstScreen],
      ['one page read (middle of the A-Z)', pageRead],
      [
        'index into a search segment',
        `${seconds.toFixed(1)} s, ${Math.round(built!.articles / seconds)} pages/s`,
      ],
      ['search segment (index + positions)', mb(built!.index.byteLength + built!.positions.byteLength)],
      ['peak RSS', mb(process.resourceUsage().maxRSS * 1024)],
    ],
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
