// Reads one page of a Kiwix ZIM file into an article. ZIM pages are already the content alone (no site chrome, no
// ads), so Readability is not run; only the parts of Wikipedia-style pages that are navigation rather than text
// are removed. linkedom parses, as for imported pages: it fetches nothing and runs no script.
import { parseHTML } from 'linkedom';
import type { Article } from '../articles/article';
import { htmlBlocks, STANDALONE_PAGE, type HtmlNode } from './html-blocks';
import { estimateTagDepth } from './html-depth';
import { MAX_HTML_DEPTH } from './html-format';
import { cleanText } from './imported-text';
import { ImportRefusal } from './refusal';
import { zimPageOptions, type ZimPagePlace } from './zim-links';

/**
 * What is removed from a ZIM page before its text is read, each for a reason seen on real pages: navigation
 * boxes at the foot of Wikipedia articles (lists of related links, not text), "[edit]" links beside headings,
 * the table of contents (the reader has its own), hatnotes-style boxes marked not for print, jump links, and
 * the reference markers' back-links ("^ a b"), which are navigation inside the page.
 */
export const ZIM_CHROME = [
  '.navbox',
  '.vertical-navbox',
  '.navbox-styles',
  '.mw-editsection',
  '#toc',
  '.toc',
  '.noprint',
  '.mw-jump-link',
  '.mw-cite-backlink',
  '.metadata.plainlinks',
];

/** Where a ZIM page came from, for the article made of it. */
export interface ZimPageSource {
  /** The article id: unique across archives (it names the file's UUID and the page's path). */
  id: string;
  /** The library's name, shown as the article's source. */
  source: string;
  /** The entry's title in the ZIM, used when the page has no <title> or <h1>. */
  title: string;
  /**
   * Where the page is in its file, so its links open other pages of it and its images show from it; absent
   * when the page is read out of its file (a bundled copy), where only web addresses are kept, as text.
   */
  place?: ZimPagePlace;
}

interface Removable {
  remove(): void;
}

/** Reads a ZIM page's HTML into an article; throws ImportRefusal for a page with no text or absurd nesting. */
export function zimPageArticle(html: string, from: ZimPageSource): Article {
  if (estimateTagDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH)
    throw new ImportRefusal('malformed', `its markup is nested more than ${MAX_HTML_DEPTH} levels deep`);
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`);
  for (const selector of ZIM_CHROME)
    for (const element of Array.from(document.querySelectorAll(selector) as ArrayLike<Removable>))
      element.remove();
  const root = (document.body ?? document.documentElement) as unknown as HtmlNode;
  const blocks = htmlBlocks(root, from.place ? zimPageOptions(from.place) : STANDALONE_PAGE);
  const heading = blocks[0]?.kind === 'heading' ? blocks[0].text : undefined;
  const title = cleanText(document.title ?? '') || heading || from.title;
  // The first heading is the title again on nearly every ZIM page; shown once.
  if (heading !== undefined && heading === title && blocks.length > 1) blocks.shift();
  if (blocks.length === 0) throw new ImportRefusal('no-text', 'this page has no text to read');
  const words = blocks.reduce((n, b) => n + (b.text.match(/\S+/g)?.length ?? 0), 0);
  return { id: from.id, title, source: from.source, words, blocks };
}
