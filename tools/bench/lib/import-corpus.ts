// Files for the import benchmark: real-text benchmark articles written as a user's mixed folder would hold them,
// a third each as saved web pages (with the navigation, scripts and footers real pages carry), general
// Markdown with front matter, and plain text.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Block } from '../../../archive/core/articles/article';
import { benchArticleStream } from './corpus';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function htmlBlock(block: Block): string {
  const text = escapeHtml(block.text);
  if (block.kind === 'heading') return `<h2>${text}</h2>`;
  if (block.kind === 'list-item') return `<ul><li>${text}</li></ul>`;
  return `<p>${text}</p>`;
}

/** A saved web page around the article, as a browser's "Save page as" would keep it. */
export function asHtmlPage(article: Article): string {
  const date = article.date
    ? `<meta property="article:published_time" content="${article.date}T08:00:00Z">`
    : '';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(article.title)} | ${escapeHtml(article.source)}</title>
<meta property="og:site_name" content="${escapeHtml(article.source)}">${date}
<link rel="stylesheet" href="https://cdn.example/site.css"><script src="https://cdn.example/analytics.js"></script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>
<article><h1>${escapeHtml(article.title)}</h1>${article.blocks.map(htmlBlock).join('\n')}</article>
<aside><h3>Related</h3><ul><li><a href="/r1">Another story</a></li></ul></aside>
<footer>© ${escapeHtml(article.source)}. All rights reserved.</footer><script>track()</script></body></html>`;
}

/** General Markdown with front matter, as a notes app would write it. */
export function asMarkdown(article: Article): string {
  const front = [`title: "${article.title.replace(/["\\]/g, '')}"`, `source: ${article.source}`];
  if (article.date) front.push(`date: ${article.date}`);
  const body = article.blocks.map((b) =>
    b.kind === 'heading'
      ? `## ${b.text}`
      : b.kind === 'list-item'
        ? `* ${b.text}`
        : b.text.replace(/^([#>*+-]|\d+\.)/, '\\$1'),
  );
  return `---\n${front.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
}

/** Plain text: the title, a blank line, then paragraphs. */
export function asText(article: Article): string {
  return `${article.title}\n\n${article.blocks.map((b) => b.text).join('\n\n')}\n`;
}

/** Writes `count` benchmark articles into `dir` in rotating formats; returns the files' paths. */
export async function writeImportCorpus(dir: string, count: number, seed = 7): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  let i = 0;
  for (const article of benchArticleStream(count, seed)) {
    const [ext, text] =
      i % 3 === 0
        ? ['html', asHtmlPage(article)]
        : i % 3 === 1
          ? ['md', asMarkdown(article)]
          : ['txt', asText(article)];
    const file = path.join(dir, `${String(i).padStart(5, '0')}-${article.id.slice(0, 40)}.${ext}`);
    await writeFile(file, text);
    paths.push(file);
    i++;
  }
  return paths;
}
