// Reads a saved web page into an article: Readability finds the main content, html-blocks keeps only its text.
// linkedom parses: it is a DOM in plain JavaScript that fetches nothing and runs no script, and it works the same
// in the build (Node) and in the app's import worker (which has no DOMParser).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlBlocks, type HtmlNode } from './html-blocks';
import { estimateTagDepth, nestingDepth } from './html-depth';
import { cleanText, isoDate, titleFromFileName, type ImportedText } from './imported-text';
import { removePromotions, type PromoDocument } from './promo-rules';
import { ImportRefusal } from './refusal';

/**
 * Deepest nesting Readability is given. Measured on nested <div>s: 200 levels 0.24 s, 400 levels 1.9 s,
 * 1,000 levels 20 s, 10,000 a stack overflow. Deeper pages skip Readability and keep all their body text.
 */
const READABILITY_MAX_DEPTH = 256;
/** Deepest markup read at all: linkedom took 2 s to parse 100,000 nested elements, and no real page nests 1,000. */
export const MAX_HTML_DEPTH = 1_000;

// linkedom makes the first element of a fragment the document element and puts <body> inside it; a page
// without <html> is wrapped so that its text lands in the body as a browser would put it.
function asDocument(source: string): string {
  return /<html[\s>]/i.test(source)
    ? source
    : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
}

interface MetaSource {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

function meta(doc: MetaSource, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const element = doc.querySelector(selector);
    const raw =
      element?.getAttribute('content') ?? element?.getAttribute('href') ?? element?.getAttribute('datetime');
    const value = raw === null || raw === undefined ? undefined : cleanText(raw);
    if (value) return value;
  }
  return undefined;
}

// A fragment without <html> or <body> has neither in linkedom; its document then holds the text directly.
function bodyOf(document: { body: unknown; documentElement: unknown }): HtmlNode {
  return (document.body ?? document.documentElement ?? document) as HtmlNode;
}

/** Reads an HTML page into an article; throws ImportRefusal when it holds no readable text. */
export function parseHtmlFile(source: string, fileName: string): ImportedText {
  if (estimateTagDepth(source, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
    throw new ImportRefusal(
      'malformed',
      `its markup is nested more than ${MAX_HTML_DEPTH.toLocaleString('en')} levels deep`,
    );
  }
  const page = asDocument(source);
  const { document } = parseHTML(page);
  // Taken before Readability runs: it removes what it does not keep from the document it is given.
  const url = meta(document, 'link[rel~="canonical" i]', 'meta[property="og:url"]');
  const date = isoDate(
    meta(
      document,
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[name="dc.date" i]',
      'meta[itemprop="datePublished"]',
      'time[datetime]',
    ),
  );
  const language = cleanText(document.documentElement?.getAttribute('lang') ?? '') || undefined;
  // Ads, newsletter boxes and share bars go before Readability, which would keep them as article text.
  removePromotions(document as unknown as PromoDocument);
  const root = bodyOf(document);

  let article: ReturnType<Readability['parse']> = null;
  if (nestingDepth(root, READABILITY_MAX_DEPTH) <= READABILITY_MAX_DEPTH) {
    try {
      article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    } catch {
      article = null; // Readability gives up on some pages; their whole text is still worth keeping.
    }
  }
  let blocks = article?.content ? htmlBlocks(parseHTML(article.content).document as unknown as HtmlNode) : [];
  // Readability found nothing worth keeping (or was skipped): fall back to the whole body's text.
  if (blocks.length === 0) {
    // Readability changed the document it read: the page is read again, its promotions removed again.
    const fresh = parseHTML(page).document;
    removePromotions(fresh as unknown as PromoDocument);
    blocks = htmlBlocks(bodyOf(fresh));
  }
  if (blocks.length === 0) throw new ImportRefusal('no-text', 'it has no text to read');

  const title =
    cleanText(article?.title ?? '') ||
    meta(document, 'meta[property="og:title"]') ||
    cleanText(document.title ?? '') ||
    titleFromFileName(fileName);
  // A page's first heading is usually its title again; showing it twice would be noise.
  if (blocks[0]?.kind === 'heading' && blocks[0].text === title && blocks.length > 1) blocks.shift();
  const result: ImportedText = { title, blocks };
  const published = date ?? isoDate(article?.publishedTime ?? undefined);
  if (published) result.date = published;
  const byline = cleanText(article?.byline ?? '') || meta(document, 'meta[name="author"]');
  if (byline) result.byline = byline;
  const siteName = cleanText(article?.siteName ?? '') || meta(document, 'meta[property="og:site_name"]');
  if (siteName) result.siteName = siteName;
  const lang = cleanText(article?.lang ?? '') || language;
  if (lang) result.language = lang;
  if (url) result.url = url;
  return result;
}
