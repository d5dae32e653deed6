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

/**
 * Counts words as runs of letters or digits, so punctuation and dashes between spaces are not words, and a word
 * joined by an apostrophe, a full stop or a hyphen ("DJI’s", "U.S", "three-part") counts once: what
 * /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\/gu matches, by a loop over the text, since the build counts every article's
 * words and that regex's array of every word was a tenth of its time.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length;) {
    const code = text.codePointAt(at)!;
    if (isLetterOrDigit(code)) {
      if (!inWord) count++;
      inWord = true;
    } else if (!(
      inWord &&
      isJoiner(code) &&
      at + 1 < text.length &&
      isLetterOrDigit(text.codePointAt(at + 1)!)
    )) {
      inWord = false;
    }
    at += code > 0xffff ? 2 : 1;
  }
  return count;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// Per character of the Basic Multilingual Plane, once asked: 1 for a letter or digit, 2 for anything else.
const bmpClass = new Uint8Array(0x10000);

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  if (code > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
  if (bmpClass[code] === 0) bmpClass[code] = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return bmpClass[code] === 1;
}

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;
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
 * An article's id, title, source and date, as strings of their own: metadata outlives its article (a build holds
 * every article's), and a string cut from the article would keep its whole text alive.
 */
export function articleHeading(article: Pick<Article, 'id' | 'title' | 'source' | 'date'>): ArticleMeta {
  const meta: ArticleMeta = {
    id: ownString(article.id),
    title: ownString(article.title),
    source: ownString(article.source),
  };
  if (article.date !== undefined) meta.date = ownString(article.date);
  return meta;
}

/**
 * An article's metadata as the library, the manifest and the search segments carry it: id, title, source, date,
 * and its length and excerpt, so the library can show reading time and an opening without loading any body.
 */
export function articleMeta(
  article: Pick<Article, 'id' | 'title' | 'source' | 'date' | 'blocks'>,
): ArticleMeta {
  const meta = articleHeading(article);
  const { words, excerpt } = summariseArticle(article.blocks);
  meta.words = words;
  if (excerpt) meta.excerpt = ownString(excerpt);
  return meta;
}
