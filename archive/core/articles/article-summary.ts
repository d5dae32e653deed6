import type { Article, ArticleMeta, Block } from './article';
import { ownString } from './own-string';

/** Longest excerpt shown in the library, in characters (about two lines). */
export const EXCERPT_LENGTH = 180;
/** Reading speed for the reading time: a common figure for adults reading on screen. */
const WORDS_PER_MINUTE = 230;

/** What the library shows of an article's body without loading it: its length in words and an opening excerpt. */
export interface ArticleSummary {
  words: number;
  excerpt: string;
}

/** Counts words as runs of letters or digits, so punctuation and dashes between spaces are not words. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * The article's word count and an excerpt: the first paragraph long enough to say something (else the first
 * block), cut at a word boundary with an ellipsis when longer than EXCERPT_LENGTH.
 */
export function summariseArticle(blocks: readonly Block[]): ArticleSummary {
  let words = 0;
  for (const block of blocks) words += countWords(block.text);
  const opening =
    blocks.find((b) => b.kind === 'paragraph' && b.text.trim().length >= 60) ??
    blocks.find((b) => b.text.trim().length > 0);
  const text = (opening?.text ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH) return { words, excerpt: text };
  const cut = text.slice(0, EXCERPT_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut.slice(0, EXCERPT_LENGTH)).replace(
    /[\s,;:.–—-]+$/u,
    '',
  );
  return { words, excerpt: `${head}…` };
}

/** Minutes to read `words` words, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * An article's metadata as the library, the manifest and the search segments carry it: id, title, source, date,
 * and its length and excerpt, so the library can show reading time and an opening without loading any body.
 */
export function articleMeta(
  article: Pick<Article, 'id' | 'title' | 'source' | 'date' | 'blocks'>,
): ArticleMeta {
  // Metadata outlives its article (a build holds every article's): its strings are copies of their own.
  const meta: ArticleMeta = {
    id: ownString(article.id),
    title: ownString(article.title),
    source: ownString(article.source),
  };
  if (article.date !== undefined) meta.date = ownString(article.date);
  const { words, excerpt } = summariseArticle(article.blocks);
  meta.words = words;
  if (excerpt) meta.excerpt = ownString(excerpt);
  return meta;
}
