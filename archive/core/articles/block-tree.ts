// How a flat list of blocks nests for display: list items into (nested) lists, rows into tables, an image and
// its caption into a figure, quoted blocks into one quotation. Blocks stay flat in storage so their plain text
// and offsets never depend on the display; this is worked out again each time an article is shown.
import type { Block } from './article';

/** One item of a list: its block, and the lists nested under it. */
export interface ListItemNode {
  index: number;
  children: BlockNode[];
}

/** A node of the display tree; `index` and the numbers in it are positions in the article's blocks. */
export type BlockNode =
  | { type: 'block'; index: number }
  | { type: 'list'; ordered: boolean; items: ListItemNode[] }
  | { type: 'table'; caption?: number; rows: number[] }
  | { type: 'figure'; image: number; caption?: number }
  | { type: 'quote'; children: BlockNode[] };

/** The display tree of an article's blocks, every block in it exactly once and in order. */
export function blockTree(blocks: readonly Block[]): BlockNode[] {
  const nodes: BlockNode[] = [];
  let i = 0;
  while (i < blocks.length) {
    if (blocks[i]!.quote) {
      const from = i;
      while (i < blocks.length && blocks[i]!.quote) i++;
      nodes.push({ type: 'quote', children: unquoted(blocks, from, i) });
    } else {
      const from = i;
      while (i < blocks.length && !blocks[i]!.quote) i++;
      nodes.push(...unquoted(blocks, from, i));
    }
  }
  return nodes;
}

/** The nodes of blocks `from` to `to` (exclusive), read as if none were quoted. */
function unquoted(blocks: readonly Block[], from: number, to: number): BlockNode[] {
  const nodes: BlockNode[] = [];
  const kind = (i: number): Block['kind'] | undefined => (i < to ? blocks[i]!.kind : undefined);
  let i = from;
  while (i < to) {
    const here = kind(i);
    if (here === 'list-item') {
      const start = i;
      while (kind(i) === 'list-item') i++;
      nodes.push(list(blocks, start, i));
    } else if (here === 'table-row' || (here === 'caption' && kind(i + 1) === 'table-row')) {
      const caption = here === 'caption' ? i++ : undefined;
      const rows: number[] = [];
      while (kind(i) === 'table-row') rows.push(i++);
      nodes.push(caption === undefined ? { type: 'table', rows } : { type: 'table', caption, rows });
    } else if (here === 'image') {
      const image = i++;
      nodes.push(
        kind(i) === 'caption' && kind(i + 1) !== 'table-row'
          ? { type: 'figure', image, caption: i++ }
          : { type: 'figure', image },
      );
    } else {
      nodes.push({ type: 'block', index: i++ });
    }
  }
  return nodes;
}

/**
 * Nests a run of list items by depth. An item deeper than the one before opens a list under it (never more
 * than one level at a time, so a page that skips a level still nests visibly); a shallower one closes lists.
 */
function list(blocks: readonly Block[], from: number, to: number): BlockNode {
  const top = { type: 'list' as const, ordered: blocks[from]!.ordered === true, items: [] as ListItemNode[] };
  const open: Array<typeof top> = [top];
  for (let i = from; i < to; i++) {
    const block = blocks[i]!;
    // A list with no item yet has nothing to nest under: the item goes into it.
    const room = open[open.length - 1]!.items.length === 0 ? open.length - 1 : open.length;
    const depth = Math.min(block.depth ?? 0, room);
    while (open.length > depth + 1) open.pop();
    const owner = open[open.length - 1]!.items.at(-1);
    if (depth === open.length && owner !== undefined) {
      const nested = { type: 'list' as const, ordered: block.ordered === true, items: [] as ListItemNode[] };
      owner.children.push(nested);
      open.push(nested);
    }
    open[open.length - 1]!.items.push({ index: i, children: [] });
  }
  return top;
}
