// Makes a ZIM of real-text articles with zimwriterfs, the reference writer (with its Xapian full-text index, as
// Kiwix ships them), for the ZIM benchmarks. Needs Debian's zim-tools.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../../archive/core/articles/article';
import { runMeasured } from './stats';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The path of article number `n` (from 1) in a bench ZIM's content namespace. */
export const benchPagePath = (n: number): string => `A/a${n}.html`;

/** A written bench ZIM: its path, and what zimwriterfs took to write it (time and peak resident memory). */
export interface BenchZim {
  zimPath: string;
  writeMs: number;
  writePeakBytes: number;
}

/** Writes `articles` as HTML pages under `work` and makes `work/bench.zim` of them with zimwriterfs. */
export function makeBenchZim(articles: Iterable<Article>, work: string): BenchZim {
  const html = path.join(work, 'html');
  mkdirSync(path.join(html, 'A'), { recursive: true });
  const links: string[] = [];
  let n = 0;
  for (const article of articles) {
    const name = benchPagePath(++n);
    const body = article.blocks.map((b) =>
      b.kind === 'heading' ? `<h2>${escape(b.text)}</h2>` : `<p>${escape(b.text)}</p>`,
    );
    const title = escape(article.title);
    writeFileSync(
      path.join(html, name),
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body.join('')}</body></html>`,
    );
    if (n <= 100) links.push(`<li><a href="${name}">${title}</a></li>`);
  }
  writeFileSync(
    path.join(html, 'index.html'),
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bench</title></head><body><ul>${links.join('')}</ul></body></html>`,
  );
  copyFileSync(
    path.join(import.meta.dirname, '..', '..', 'zim', 'fixture-source', 'I', 'dot.png'),
    path.join(html, 'dot.png'),
  );
  const zimPath = path.join(work, 'bench.zim');
  const meta = ['-w', 'index.html', '-I', 'dot.png', '-l', 'eng', '-t', 'Bench', '-d', 'Bench'];
  const run = runMeasured('zimwriterfs', [...meta, '-c', 'Airgap', '-p', 'Airgap', html, zimPath]);
  return { zimPath, writeMs: run.ms, writePeakBytes: run.peakBytes };
}
