// Blocks of text, with their structure, from a parsed HTML tree. Hand-written rather than a library: it is small,
// it must never recurse (hostile pages nest 100,000 elements deep), and it decides what of a page survives an
// import: text, and beside it only plain data (heading levels, list nesting, table cells, styles, link targets
// the caller vetted). No element, attribute, style or script is carried over.
import type { Block, BlockKind } from '../articles/article';
import { MAX_ADDRESS_LENGTH, MAX_LIST_DEPTH } from '../articles/block-data';
import { cleanText } from './imported-text';
import { InlineText, type RunKind } from './inline-text';

/** The few DOM members the walker reads; linkedom's nodes and the browser's both have them. */
export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
}

/** Where a page's links and images lead; each answer is decided by the caller, who knows the archive. */
export interface BlockOptions {
  /** A link's target: a page of the same archive, an address kept as text, or null to keep plain text. */
  link?(href: string): { page: string } | { url: string } | null;
  /** An image's path in the same archive, or null to leave the image out. */
  image?(src: string): string | null;
}

/** Keeps absolute web and mail addresses as text, and no image: a single imported page has no archive. */
export const STANDALONE_PAGE: BlockOptions = {
  link: (href) => (/^(https?:\/\/|mailto:)/i.test(href.trim()) ? { url: href.trim() } : null),
};

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

// Elements whose content is never article text: code, styling, embedded and interactive content, metadata.
const SKIPPED = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH IFRAME FRAME FRAMESET OBJECT EMBED APPLET CANVAS VIDEO AUDIO MAP FORM INPUT BUTTON SELECT TEXTAREA OPTION DIALOG HEAD TITLE META LINK BASE NAV SOURCE TRACK'.split(
    ' ',
  ),
);
// Elements that start and end a block of text; everything else (b, a, span, …) flows inside the block around it.
const BLOCKS = new Set(
  'P DIV SECTION ARTICLE MAIN HEADER FOOTER ASIDE ADDRESS BLOCKQUOTE PRE FIGURE FIGCAPTION UL OL LI DL DT DD TABLE CAPTION THEAD TBODY TFOOT TR HR DETAILS SUMMARY CENTER H1 H2 H3 H4 H5 H6'.split(
    ' ',
  ),
);
const STYLES: Record<string, RunKind['style']> = {
  EM: 'em',
  I: 'em',
  CITE: 'em',
  STRONG: 'strong',
  B: 'strong',
  CODE: 'code',
  KBD: 'code',
  SAMP: 'code',
  TT: 'code',
};
// Images narrower or shorter than this (icons, bullets, spacers) are decoration, not figures.
const SMALLEST_FIGURE = 32;

/** The block an element's text becomes: its kind and the structure the page gave it. */
type Shape = Pick<Block, 'kind' | 'level' | 'depth' | 'ordered'>;

/** Walks `root` in document order and returns its text as blocks, keeping headings, lists, quotes, code, tables,
 * figures, styles and the links and images `options` resolves. */
export function htmlBlocks(root: HtmlNode, options: BlockOptions = STANDALONE_PAGE): Block[] {
  const blocks: Block[] = [];
  const text = new InlineText();
  const shapes: Shape[] = [{ kind: 'paragraph' }];
  const lists: boolean[] = []; // Whether each open list is numbered, innermost last.
  let quotes = 0;
  let preformatted = 0;
  let cells = 0; // Open cells of the outermost table: inside one, blocks only separate words.
  let cellIndex = 0;
  let headers: number[] = [];

  const flush = (): void => {
    const shape = shapes[shapes.length - 1]!;
    const code = shape.kind === 'code';
    const { text: body, inlines } = text.take(code);
    if (body.replace(/\t/g, '').trim() === '') return;
    const block: Block = { kind: shape.kind, text: body };
    if (shape.level !== undefined && shape.level !== 2) block.level = shape.level;
    if (shape.depth) block.depth = shape.depth;
    if (shape.ordered) block.ordered = true;
    if (quotes > 0) block.quote = true;
    if (shape.kind === 'table-row' && headers.length > 0) block.headers = headers;
    if (inlines.length > 0 && !code) block.inlines = inlines;
    blocks.push(block);
  };
  const shapeOf = (name: string, outer: Shape): Shape => {
    if (/^H[1-6]$/.test(name)) return { kind: 'heading', level: Number(name[1]) };
    if (name === 'LI' || name === 'DD') {
      const depth = Math.min(MAX_LIST_DEPTH, Math.max(0, lists.length - 1));
      return { kind: 'list-item', depth, ordered: name === 'LI' && lists.at(-1) === true };
    }
    if (name === 'PRE') return { kind: 'code' };
    if (name === 'TR') return { kind: 'table-row' };
    if (name === 'CAPTION' || name === 'FIGCAPTION') return { kind: 'caption' };
    if (name === 'DT') return { kind: 'paragraph' };
    return outer;
  };

  // An entry is a node to enter, or a function that leaves an element entered before it.
  const stack: Array<HtmlNode | (() => void)> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'function') {
      node();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      text.append(node.nodeValue ?? '', preformatted > 0);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    const leave: Array<() => void> = [];
    if (name === 'BR') text.append(preformatted > 0 ? '\n' : ' ', preformatted > 0);
    if (name === 'IMG') {
      const image = figure(node, options);
      if (image && cells === 0 && text.isEmpty())
        blocks.push({ ...image, ...(quotes > 0 && { quote: true }) });
      continue;
    }
    if ((name === 'TD' || name === 'TH') && cells === 0 && shapes.at(-1)!.kind === 'table-row') {
      if (cellIndex > 0) text.nextCell();
      if (name === 'TH') headers.push(cellIndex);
      cellIndex++;
      cells++;
      leave.push(() => cells--);
    } else if (name === 'TD' || name === 'TH' || name === 'WBR' || (BLOCKS.has(name) && cells > 0)) {
      text.append(' ');
    } else if (BLOCKS.has(name)) {
      flush();
      if (name === 'UL' || name === 'OL') lists.push(name === 'OL');
      if (name === 'BLOCKQUOTE') quotes++;
      if (name === 'PRE') preformatted++;
      if (name === 'TR') {
        cellIndex = 0;
        headers = [];
      }
      shapes.push(shapeOf(name, shapes[shapes.length - 1]!));
      leave.push(() => {
        flush();
        shapes.pop();
        if (name === 'UL' || name === 'OL') lists.pop();
        if (name === 'BLOCKQUOTE') quotes--;
        if (name === 'PRE') preformatted--;
      });
    }
    const run = runOf(node, name, options, text, preformatted > 0);
    if (run) {
      const token = text.openRun(run);
      leave.unshift(() => text.closeRun(token));
    }
    if (leave.length > 0) stack.push(() => leave.forEach((step) => step()));
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return blocks;
}

/** The styled run or link an inline element opens, if any. */
function runOf(
  node: HtmlNode,
  name: string,
  options: BlockOptions,
  text: InlineText,
  preformatted: boolean,
): RunKind | null {
  const style = STYLES[name];
  if (style) return preformatted ? null : { style };
  if (name !== 'A' || text.inLink()) return null;
  const href = node.getAttribute?.('href');
  if (!href || href.length > MAX_ADDRESS_LENGTH) return null;
  const target = options.link?.(href) ?? null;
  if (target === null) return null;
  return 'page' in target ? { page: target.page } : { url: target.url };
}

/** The image block an <img> becomes, or null for decoration or an image not in the archive. */
function figure(node: HtmlNode, options: BlockOptions): Block | null {
  const attribute = (key: string): string => node.getAttribute?.(key)?.trim() ?? '';
  const src = attribute('src');
  if (src === '' || src.length > MAX_ADDRESS_LENGTH) return null;
  const small = ['width', 'height'].some((key) => {
    const size = Number.parseInt(attribute(key), 10);
    return Number.isFinite(size) && size < SMALLEST_FIGURE;
  });
  const path = small ? null : (options.image?.(src) ?? null);
  if (path === null) return null;
  const alt = cleanText(attribute('alt')).slice(0, MAX_ADDRESS_LENGTH);
  return { kind: 'image' satisfies BlockKind, text: '', src: path, ...(alt !== '' && { alt }) };
}
