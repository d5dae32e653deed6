import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { estimateTagDepth, htmlBlocks, nestingDepth, type HtmlNode } from './html-blocks';

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
      { kind: 'paragraph', text: 'The drone app sent nothing.' },
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

  it('separates table cells with spaces and each row is its own block', () => {
    expect(htmlBlocks(body('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>'))).toEqual([
      { kind: 'paragraph', text: 'a b' },
      { kind: 'paragraph', text: 'c' },
    ]);
  });

  it('keeps every word of any generated page and never an attribute or script text', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const inline = fc.constantFrom('b', 'i', 'a', 'span', 'em');
    const block = fc.constantFrom('p', 'div', 'li', 'h3', 'blockquote', 'section');
    const leaf = word.map((w) => ({ html: w, words: [w] }));
    const tree = fc.letrec<{ node: { html: string; words: string[] } }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(fc.oneof(inline, block), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => ({
          html: `<${tag} title="ATTRVALUE" onclick="ATTRVALUE"> ${kids.map((k) => k.html).join(' ')} </${tag}>`,
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
        const text = htmlBlocks(body(html))
          .map((b) => b.text)
          .join(' ');
        expect(text.split(' ').filter((w) => w !== '')).toEqual(words);
        expect(text).not.toMatch(/ATTRVALUE|SCRIPTTEXT|STYLETEXT/);
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
