// How deep a page's elements nest, measured before anything spends time on them: hostile pages nest 100,000
// elements deep, which would stall Readability and a recursive walk alike.
import type { HtmlNode } from './html-blocks';

const ELEMENT_NODE = 1;

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
