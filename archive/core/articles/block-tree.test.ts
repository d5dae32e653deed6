import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from './article';
import { blockTree, type BlockNode } from './block-tree';

const b = (kind: Block['kind'], extra: Partial<Block> = {}): Block => ({ kind, text: 'x', ...extra });

/** Every block index the tree shows, in the order it shows them. */
function shown(nodes: readonly BlockNode[]): number[] {
  return nodes.flatMap((node): number[] => {
    switch (node.type) {
      case 'block':
        return [node.index];
      case 'list':
        return node.items.flatMap((item) => [item.index, ...shown(item.children)]);
      case 'table':
        return [...(node.caption === undefined ? [] : [node.caption]), ...node.rows];
      case 'figure':
        return [node.image, ...(node.caption === undefined ? [] : [node.caption])];
      case 'quote':
        return shown(node.children);
    }
  });
}

describe('blockTree', () => {
  it('nests list items by depth under the item before them', () => {
    const blocks = [
      b('list-item'),
      b('list-item', { depth: 1, ordered: true }),
      b('list-item'),
      b('paragraph'),
    ];
    expect(blockTree(blocks)).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [
          { index: 0, children: [{ type: 'list', ordered: true, items: [{ index: 1, children: [] }] }] },
          { index: 2, children: [] },
        ],
      },
      { type: 'block', index: 3 },
    ]);
  });

  it('opens one level at a time for a page that skips levels, and never nests under nothing', () => {
    const tree = blockTree([b('list-item', { depth: 3 }), b('list-item', { depth: 3 })]);
    expect(tree).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [
          { index: 0, children: [{ type: 'list', ordered: false, items: [{ index: 1, children: [] }] }] },
        ],
      },
    ]);
  });

  it('makes tables of rows with the caption before them, figures of images with theirs, and quotations', () => {
    const blocks = [
      b('image'),
      b('caption'),
      b('caption'),
      b('table-row'),
      b('table-row'),
      b('paragraph', { quote: true }),
      b('list-item', { quote: true }),
      b('image'),
      b('caption'),
    ];
    expect(blockTree(blocks)).toEqual([
      { type: 'figure', image: 0, caption: 1 },
      { type: 'table', caption: 2, rows: [3, 4] },
      {
        type: 'quote',
        children: [
          { type: 'block', index: 5 },
          { type: 'list', ordered: false, items: [{ index: 6, children: [] }] },
        ],
      },
      { type: 'figure', image: 7, caption: 8 },
    ]);
  });

  it('shows every block exactly once and in order, whatever the blocks', () => {
    const block = fc.record({
      kind: fc.constantFrom<Block['kind']>('paragraph', 'list-item', 'table-row', 'caption', 'image', 'code'),
      text: fc.constant('x'),
      depth: fc.integer({ min: 0, max: 8 }),
      ordered: fc.boolean(),
      quote: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), (blocks) => {
        expect(shown(blockTree(blocks))).toEqual(blocks.map((_, i) => i));
      }),
    );
  });
});
