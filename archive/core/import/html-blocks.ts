// Plain-text blocks from a parsed HTML tree. Hand-written rather than a library: it is small, it must never
// recurse (hostile pages nest 100,000 elements deep), and it decides what of a page survives an import, which
// is only text: no element, attribute, style or address is carried over.
import type { Block } from '../articles/article';
import { cleanText } from './imported-text';

/** The few DOM members the walker reads; linkedom's nodes and the browser's both have them. */
export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<HtmlNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

// Elements whose content is never article text: code, styling, embedded and interactive content, metadata.
const SKIPPED = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH IFRAME FRAME FRAMESET OBJECT EMBED APPLET CANVAS VIDEO AUDIO PICTURE IMG MAP FORM INPUT BUTTON SELECT TEXTAREA OPTION DIALOG HEAD TITLE META LINK BASE NAV'.split(
    ' ',
  ),
);
// Elements that start and end a block of text; everything else (b, a, span, …) flows inside the block around it.
const BLOCKS = new Set(
  'P DIV SECTION ARTICLE MAIN HEADER FOOTER ASIDE ADDRESS BLOCKQUOTE PRE FIGURE FIGCAPTION UL OL LI DL DT DD TABLE CAPTION THEAD TBODY TFOOT TR HR DETAILS SUMMARY CENTER H1 H2 H3 H4 H5 H6'.split(
    ' ',
  ),
);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
// Table cells and line breaks separate words without ending the block.
const SEPARATORS = new Set(['BR', 'TD', 'TH', 'WBR']);

/** The depth of the deepest element under `root`, counted without recursion; stops once past `limit`. */
export function nestingDepth(root: HtmlNode, limit: number): number {
  let deepest = 0;
  const stack: Array<[HtmlNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** Walks `root` in document order and returns its text as heading, list-item and paragraph blocks. */
export function htmlBlocks(root: HtmlNode): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  // The kinds of the open block elements, innermost last: a paragraph inside an <li> is still a list item.
  const kinds: Block['kind'][] = ['paragraph'];
  const flush = (): void => {
    const text = cleanText(buffer);
    buffer = '';
    if (text !== '') blocks.push({ kind: kinds[kinds.length - 1]!, text });
  };
  // An entry is a node to enter, or `null` standing for "leave the block element entered before it".
  const stack: Array<HtmlNode | null> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      flush();
      kinds.pop();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      buffer += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    if (SEPARATORS.has(name)) buffer += ' ';
    if (BLOCKS.has(name)) {
      flush();
      const outer = kinds[kinds.length - 1]!;
      kinds.push(HEADINGS.has(name) ? 'heading' : name === 'LI' || name === 'DD' ? 'list-item' : outer);
      stack.push(null);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return blocks;
}

// Elements that never have content, and those the parser closes implicitly (an open <p> or <li> is closed by
// the next one), so neither deepens the estimate below.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr param keygen p li dt dd option tr td th'.split(
    ' ',
  ),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/**
 * An upper-bound estimate of how deep a page's elements nest, read from its tags without building a tree, so a
 * hostile page can be refused before a parser spends seconds on it; stops counting once past `limit`.
 */
export function estimateTagDepth(source: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (const match of source.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (NOT_NESTING.has(name) || match[3] === '/') continue;
    depth = match[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest && (deepest = depth) > limit) break;
  }
  return deepest;
}
