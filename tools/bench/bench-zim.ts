// `npm run bench:zim [-- N]`: makes a ZIM of N real-text articles with zimwriterfs (the reference writer, default
// 5,000), then prints, for the app's reader in Node: open-to-card time, first A-Z screen, a page read, indexing
// rate into a search segment, and the segment's size against the file and its Xapian index; and zimdump's listing
// time on the same file as a baseline from the same run. Needs Debian's zim-tools.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TitleIndex } from '../../archive/core/zim/title-index';
import { ZimArchive } from '../../archive/core/zim/zim-archive';
import { readMetadata } from '../../archive/core/zim/zim-metadata';
import { fileSource } from '../build/zim-files';
import { printTable } from '../dev/print-table';
import { benchArticleStream } from './lib/corpus';
import { indexZim } from '../../archive/core/libraries/zim-index';

const count = Number(process.argv[2] ?? 5_000);
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ms = (from: number): string => `${(performance.now() - from).toFixed(1)} ms`;
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

const work = mkdtempSync(path.join(tmpdir(), 'airgap-bench-zim-'));
try {
  const html = path.join(work, 'html');
  mkdirSync(path.join(html, 'A'), { recursive: true });
  const links: string[] = [];
  let n = 0;
  for (const article of benchArticleStream(count)) {
    const name = `A/a${++n}.html`;
    const body = article.blocks.map((b) =>
      b.kind === 'heading' ? `<h2>${escape(b.text)}</h2>` : `<p>${escape(b.text)}</p>`,
    );
    writeFileSync(
      path.join(html, name),
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(article.title)}</title></head><body><h1>${escape(article.title)}</h1>${body.join('')}</body></html>`,
    );
    if (n <= 100) links.push(`<li><a href="${name}">${escape(article.title)}</a></li>`);
  }
  writeFileSync(
    path.join(html, 'index.html'),
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bench</title></head><body><ul>${links.join('')}</ul></body></html>`,
  );
  execFileSync('cp', [path.join(import.meta.dirname, '..', 'zim', 'fixture-source', 'I', 'dot.png'), html]);
  const zimPath = path.join(work, 'bench.zim');
  let started = performance.now();
  execFileSync(
    'zimwriterfs',
    [
      '-w',
      'index.html',
      '-I',
      'dot.png',
      '-l',
      'eng',
      '-t',
      'Bench',
      '-d',
      'Bench',
      '-c',
      'Airgap',
      '-p',
      'Airgap',
      html,
      zimPath,
    ],
    { stdio: 'ignore' },
  );
  const writeTime = ms(started);

  started = performance.now();
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
