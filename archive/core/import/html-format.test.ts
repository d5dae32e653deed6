import { describe, expect, it } from 'vitest';
import { MAX_HTML_DEPTH, parseHtmlFile } from './html-format';
import { ImportRefusal } from './refusal';

const filler = 'Packets were captured for forty hours and compared with the expected destinations. '.repeat(
  8,
);
const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Drone audit finds no leaks | Example News</title>
<meta property="og:site_name" content="Example News"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2020-07-08T10:00:00Z">
<link rel="canonical" href="https://example.com/audit"><base href="https://evil.example/">
<link rel="stylesheet" href="https://evil.example/beacon.css"><script>window.pwned = 1</script></head>
<body><nav><a href="/">Home</a> <a href="/b">Sections</a></nav>
<article><h1>Drone audit finds no leaks</h1><p>The audit of the <b>drone</b> app found
<a href="javascript:alert(1)">no</a> data sent.</p><img src="x" onerror="window.pwned = 1">
<h2>Method</h2><p>${filler}</p><ul><li>Forty hours</li><li>Two phones</li></ul></article>
<footer>Copyright Example News</footer></body></html>`;

describe('parseHtmlFile', () => {
  it("keeps the article's text and metadata and none of the page around it", () => {
    const article = parseHtmlFile(page, 'saved.html');
    expect(article).toMatchObject({
      title: 'Drone audit finds no leaks',
      byline: 'Jane Roe',
      siteName: 'Example News',
      date: '2020-07-08',
      language: 'en-GB',
      url: 'https://example.com/audit',
    });
    expect(article.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'The audit of the drone app found no data sent.',
      inlines: [{ start: 17, end: 22, style: 'strong' }],
    });
    expect(article.blocks).toContainEqual({ kind: 'heading', text: 'Method' });
    expect(article.blocks).toContainEqual({ kind: 'list-item', text: 'Two phones' });
    const all = JSON.stringify(article.blocks);
    expect(all).not.toMatch(/pwned|Sections|Copyright|evil|onerror|javascript/);
  });

  it('reads a fragment without <html> or <body>, titled after the file', () => {
    expect(parseHtmlFile('<p>Hello <i>world</i></p>', 'clip.htm')).toEqual({
      title: 'clip',
      blocks: [{ kind: 'paragraph', text: 'Hello world', inlines: [{ start: 6, end: 11, style: 'em' }] }],
    });
  });

  it('refuses a page with no text and one nested deeper than the limit, before parsing it', () => {
    expect(() =>
      parseHtmlFile('<html><body><script>x()</script><img src=a></body></html>', 'e.html'),
    ).toThrow(ImportRefusal);
    const deep = '<div>'.repeat(100_000) + 'deep' + '</div>'.repeat(100_000);
    const started = Date.now();
    expect(() => parseHtmlFile(deep, 'deep.html')).toThrow(/nested more than 1,000 levels/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('keeps all the text of a page too deep for Readability but within the limit', () => {
    const depth = Math.floor(MAX_HTML_DEPTH * 0.9);
    const article = parseHtmlFile(`<div>`.repeat(depth) + 'deep words' + '</div>'.repeat(depth), 'd.html');
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: 'deep words' }]);
  });
});
