// Checks one stored block (from a data file or an IndexedDB record) and copies only the fields a block has, so
// a damaged or hostile record is refused with a reason, and a block stored before the richer fields existed
// reads back exactly as it was.
import { CELL_SEPARATOR, type Block, type BlockKind, type Inline, type InlineStyle } from './article';

/** Raised when a stored block is not valid; the message says which field is wrong and why. */
export class BlockDataError extends Error {
  override name = 'BlockDataError';
}

/** Every kind of block, in the order the type lists them. */
export const BLOCK_KINDS: readonly BlockKind[] = [
  'heading',
  'paragraph',
  'list-item',
  'code',
  'table-row',
  'caption',
  'image',
];
const STYLES: readonly InlineStyle[] = ['em', 'strong', 'code'];
/** Deepest list nesting kept; deeper items are shown at this depth. */
export const MAX_LIST_DEPTH = 8;
/** Longest image path, page path or address a block keeps. */
export const MAX_ADDRESS_LENGTH = 2048;

/** Validates one stored block and returns a copy holding only block fields; throws BlockDataError. */
export function parseBlock(value: unknown): Block {
  const data = object(value, 'block');
  if (!BLOCK_KINDS.includes(data.kind as BlockKind))
    throw new BlockDataError(`kind must be one of ${BLOCK_KINDS.join(', ')}`);
  if (typeof data.text !== 'string') throw new BlockDataError('text must be a string');
  const block: Block = { kind: data.kind as BlockKind, text: data.text };
  if (data.level !== undefined) block.level = integer(data.level, 'level', 1, 6);
  if (data.depth !== undefined) block.depth = integer(data.depth, 'depth', 0, MAX_LIST_DEPTH);
  if (data.ordered !== undefined) block.ordered = boolean(data.ordered, 'ordered');
  if (data.quote !== undefined) block.quote = boolean(data.quote, 'quote');
  if (data.headers !== undefined) {
    if (block.kind !== 'table-row') throw new BlockDataError('only a table row has header cells');
    const cells = block.text.split(CELL_SEPARATOR).length;
    block.headers = list(data.headers, 'headers').map((h) => integer(h, 'headers[]', 0, cells - 1));
  }
  if (block.kind === 'image') {
    if (block.text !== '') throw new BlockDataError('an image has no text of its own');
    block.src = address(data.src, 'src');
    if (data.alt !== undefined) block.alt = bounded(data.alt, 'alt');
  } else if (data.src !== undefined || data.alt !== undefined) {
    throw new BlockDataError('only an image has src and alt');
  }
  if (data.inlines !== undefined) block.inlines = inlines(data.inlines, block.text.length);
  return block;
}

function inlines(value: unknown, length: number): Inline[] {
  let lastStart = 0;
  let linkEnd = 0;
  return list(value, 'inlines').map((item) => {
    const data = object(item, 'inline');
    const start = integer(data.start, 'inline start', 0, length);
    const end = integer(data.end, 'inline end', start + 1, length);
    if (start < lastStart) throw new BlockDataError('inlines must be sorted by start');
    lastStart = start;
    const inline: Inline = { start, end };
    const kinds = [data.style, data.page, data.url].filter((v) => v !== undefined).length;
    if (kinds !== 1)
      throw new BlockDataError('an inline is exactly one of a style, a page link or an address');
    if (data.style !== undefined) {
      if (!STYLES.includes(data.style as InlineStyle))
        throw new BlockDataError(`inline style must be one of ${STYLES.join(', ')}`);
      inline.style = data.style as InlineStyle;
      return inline;
    }
    if (start < linkEnd) throw new BlockDataError('links must not overlap');
    linkEnd = end;
    if (data.page !== undefined) inline.page = address(data.page, 'inline page');
    else inline.url = address(data.url, 'inline url');
    return inline;
  });
}

function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new BlockDataError(`${what} must be an object`);
  return value as Record<string, unknown>;
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new BlockDataError(`${what} must be an array`);
  return value;
}

function integer(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new BlockDataError(`${what} must be a whole number from ${min} to ${max}`);
  return value;
}

function boolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw new BlockDataError(`${what} must be true or false`);
  return value;
}

function bounded(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length > MAX_ADDRESS_LENGTH)
    throw new BlockDataError(`${what} must be text of at most ${MAX_ADDRESS_LENGTH} characters`);
  return value;
}

function address(value: unknown, what: string): string {
  const text = bounded(value, what);
  if (text === '') throw new BlockDataError(`${what} must not be empty`);
  return text;
}
