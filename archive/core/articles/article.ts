/**
 * The kinds of block an article body is made of; the reader renders each as its own element. The first three are
 * all an article had before pages kept their structure; the rest come from ZIM pages, imported pages and books.
 */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'code' | 'table-row' | 'caption' | 'image';

/** An inline style over part of a block's text: emphasis, strong, inline code. */
export type InlineStyle = 'em' | 'strong' | 'code';

/**
 * A run of a block's text that is styled or is a link, in offsets into the block's text. A link to a page of the
 * same archive names its path there (`page`); any other link keeps its address as text (`url`) and is never opened.
 */
export interface Inline {
  start: number;
  end: number;
  style?: InlineStyle;
  page?: string;
  url?: string;
}

/**
 * One block of article text, stored as plain text so offsets are stable; structure (heading level, list nesting,
 * quotes, table cells, inline styles and links) rides beside the text and never changes it. Every field beyond
 * kind and text is optional, so articles stored before they existed read back unchanged.
 */
export interface Block {
  kind: BlockKind;
  text: string;
  /** A heading's level as the page gave it, 1 to 6 (absent: a section heading, shown as level 2). */
  level?: number;
  /** A list item's nesting, 0 for the outermost list (absent: 0). */
  depth?: number;
  /** A list item of a numbered list. */
  ordered?: boolean;
  /** A block inside a quotation. */
  quote?: boolean;
  /** A table row's header cells, by index; the row's cells are its text split at tab characters. */
  headers?: number[];
  /** An image's path inside the same archive (the reader shows it from there, never from the network). */
  src?: string;
  /** An image's alternative text (the block's own text stays empty: it is not part of the article's words). */
  alt?: string;
  /** Styled runs and links, sorted by start; links never overlap one another. */
  inlines?: Inline[];
}

/** What the library, search results and exports know about an article without loading its body. */
export interface ArticleMeta {
  /** Stable slug, unique in the archive; also the file name of the article. */
  id: string;
  title: string;
  /** Publication the text was captured from, e.g. "DroneDJ". */
  source: string;
  /** ISO date (YYYY-MM-DD), present only where the captured text states one. */
  date?: string;
  /** Length of the body in words, for the reading time (absent in archives built before it was recorded). */
  words?: number;
  /** The opening of the body, cut to about two lines, for the library. */
  excerpt?: string;
}

/** A whole article: its metadata plus body blocks. */
export interface Article extends ArticleMeta {
  blocks: Block[];
}

/** The separator between a table row's cells in its text: tab characters never survive inside a cell. */
export const CELL_SEPARATOR = '\t';

/** Text placed between blocks in an article's plain text; anchoring and search offsets count it. */
const BLOCK_SEPARATOR = '\n\n';

/** The article body as one plain string: the text that search positions and annotation selectors address. */
export function plainText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/** Offset of each block's first character in `plainText(blocks)`. */
export function blockOffsets(blocks: readonly Block[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const block of blocks) {
    offsets.push(at);
    at += block.text.length + BLOCK_SEPARATOR.length;
  }
  return offsets;
}
