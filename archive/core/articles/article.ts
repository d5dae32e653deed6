/** The kinds of block an article body is made of; the reader renders each as its own element. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item';

/** One block of article text, stored as plain text (no markup) so offsets are stable. */
export interface Block {
  kind: BlockKind;
  text: string;
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
