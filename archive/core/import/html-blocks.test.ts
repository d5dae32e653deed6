import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseBlock } from '../articles/block-data';
import { htmlBlocks, STANDALONE_PAGE, type HtmlNode } from './html-blocks';
import { estimateTagDepth, nestingDepth } from './html-depth';

const body = (html: string) =>
  parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document.body as unknown as HtmlNode;

describe('htmlBlocks', () => {
  it('makes headings, list items and paragraphs, with inline markup flowing into its block', () => {
    const blocks = htmlBlocks(
      body(
        '<h2>Method</h2><p>The <b>drone</b> app<br>sent <a href="/x">nothing</a>.</p><ul><li>One <p>still one</p></li></ul>',
      ),
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Method' },
      {
        kind: 'paragraph',
        text: 'The drone app sent nothing.',
        inlines: [{ start: 4, end: 9, style: 'strong' }],
      },
      { kind: 'list-item', text: 'One' },
      { kind: 'list-item', text: 'still one' },
    ]);
  });

  it('keeps no script, style, form, frame, embedded or navigation content', () => {
    const blocks = htmlBlocks(
      body(
        '<script>steal()</script><style>p{}</style><nav>Home</nav><form><label>Email</label><input value="x"></form>' +
          '<iframe src="https://t.example"></iframe><svg><text>svg</text></svg><object>obj</object><p>Kept</p>',
      ),
    );
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Kept' }]);
  });

  it('makes each table row a block of its cells, separated by tabs, naming the header cells', () => {
    expect(
      htmlBlocks(body('<table><tr><th>a</th><td> b <p>c</p></td><td></td></tr><tr><td>d</td></tr></table>')),
    ).toEqual([
      { kind: 'table-row', text: 'a\tb c\t', headers: [0] },
      { kind: 'table-row', text: 'd' },
    ]);
  });

  it('keeps heading levels, nested and numbered lists, quotes and preformatted code', () => {
    const html =
      '<h3>Method</h3><ol><li>First<ul><li>inner</li></ul></li></ol>' +
      '<blockquote><p>Quoted</p></blockquote><pre><code>  a = 1\n\n  b = 2\n</code></pre>';
    expect(htmlBlocks(body(html))).toEqual([
      { kind: 'heading', level: 3, text: 'Method' },
      { kind: 'list-item', ordered: true, text: 'First' },
      { kind: 'list-item', depth: 1, text: 'inner' },
      { kind: 'paragraph', quote: true, text: 'Quoted' },
      { kind: 'code', text: '  a = 1\n\n  b = 2' },
    ]);
  });

  it('keeps styles and the links the caller resolves, in offsets of the cleaned text', () => {
    const links = {
      link: (href: string) =>
        href.startsWith('http') ? { url: href } : href === '#x' ? null : { page: href },
    };
    const html =
      '<p>See  <a href="Audit.html">the <em>Booz</em> audit</a>, <a href="#x">here</a> and ' +
      '<a href="https://example.org/r"><a href="Inner.html">the</a> report</a>.</p>';
    expect(htmlBlocks(body(html), links)).toEqual([
      {
        kind: 'paragraph',
        text: 'See the Booz audit, here and the report.',
        inlines: [
          { start: 4, end: 18, page: 'Audit.html' },
          { start: 8, end: 12, style: 'em' },
          { start: 29, end: 39, url: 'https://example.org/r' },
        ],
      },
    ]);
  });

  it('makes figures of images the caller finds in the archive, leaving out icons and images inside text', () => {
    const image = (src: string) => (src.startsWith('missing') ? null : `I/${src}`);
    const html =
      '<figure><img src="drone.png" alt="A drone"><figcaption>The drone</figcaption></figure>' +
      '<p><img src="icon.png" width="16"> Text with an <img src="inline.png"> image</p>' +
      '<p><img src="missing.png"></p><table><tr><td><img src="cell.png"></td><td>cell</td></tr></table>';
    expect(htmlBlocks(body(html), { image })).toEqual([
      { kind: 'image', text: '', src: 'I/drone.png', alt: 'A drone' },
      { kind: 'caption', text: 'The drone' },
      { kind: 'paragraph', text: 'Text with an image' },
      { kind: 'table-row', text: '\tcell' },
    ]);
    expect(htmlBlocks(body(html)).map((b) => b.kind)).not.toContain('image');
  });

  it('keeps every word of any generated page and never an attribute or script text', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const inline = fc.constantFrom('b', 'i', 'a', 'span', 'em', 'code', 'a href="https://x.example/"');
    const block = fc.constantFrom(
      ...['p', 'div', 'li', 'h3', 'blockquote', 'section', 'pre', 'ul', 'ol', 'table', 'tr', 'td', 'th'],
      ...['figure', 'figcaption', 'caption', 'dl', 'dd'],
    );
    const leaf = word.map((w) => ({ html: w, words: [w] }));
    const tree = fc.letrec<{ node: { html: string; words: string[] } }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(fc.oneof(inline, block), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => ({
          html: `<${tag} title="ATTRVALUE" onclick="ATTRVALUE"> ${kids.map((k) => k.html).join(' ')} </${tag.split(' ')[0]}>`,
          words: kids.flatMap((k) => k.words),
        })),
        fc.constant({
          html: '<script>SCRIPTTEXT()</script><style>.STYLETEXT{}</style>',
          words: [] as string[],
        }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, ({ html, words }) => {
        const blocks = htmlBlocks(body(html), { ...STANDALONE_PAGE, image: (src) => src });
        const text = blocks.map((b) => b.text).join(' ');
        expect(text.split(/\s+/).filter((w) => w !== '')).toEqual(words);
        expect(text).not.toMatch(/ATTRVALUE|SCRIPTTEXT|STYLETEXT/);
        // Whatever the page, every block is one the store accepts back as it is.
        for (const block of blocks) expect(parseBlock(JSON.parse(JSON.stringify(block)))).toEqual(block);
      }),
    );
  });

  it('walks 100,000 nested elements without running out of stack', () => {
    const deep = { nodeType: 1, nodeName: 'DIV', nodeValue: null, childNodes: [] as HtmlNode[] };
    let at = deep;
    for (let i = 0; i < 100_000; i++) {
      const child = {
        nodeType: 1,
        nodeName: i % 2 ? 'DIV' : 'SPAN',
        nodeValue: null,
        childNodes: [] as HtmlNode[],
      };
      at.childNodes.push(child);
      at = child;
    }
    at.childNodes.push({ nodeType: 3, nodeName: '#text', nodeValue: 'bottom', childNodes: [] });
    expect(htmlBlocks(deep)).toEqual([{ kind: 'paragraph', text: 'bottom' }]);
    expect(nestingDepth(deep, 1_000_000)).toBe(100_000);
    expect(nestingDepth(deep, 10)).toBe(11);
  });
});

describe('estimateTagDepth', () => {
  it('counts open elements, not void or implicitly closed ones, and stops past the limit', () => {
    expect(estimateTagDepth('<div><p>a<p>b<br><img src=x><span>c</span></div>', 100)).toBe(2);
    expect(estimateTagDepth('<div>'.repeat(5000), 1000)).toBe(1001);
    expect(estimateTagDepth('<li>'.repeat(5000) + '<p>'.repeat(5000), 1000)).toBe(0);
  });
});
