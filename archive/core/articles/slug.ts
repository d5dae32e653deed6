/** Longest id we produce; long headlines are cut at a word boundary so file names stay manageable. */
export const MAX_SLUG_LENGTH = 80;

// Apostrophes join the letters around them ("We’re" -> "were") instead of splitting the word.
const APOSTROPHES = /['\u2018\u2019\u02bc\u02b9\u2032]/g;
// Initialisms keep their letters together too ("U.S." -> "us", not "u-s").
const INITIALISM = /\b(?:[a-z]\.){2,}/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;

/** How a slug is made: which characters it keeps and how long it may be. */
export interface SlugOptions {
  /**
   * 'ascii' (article ids: plain a-z and 0-9, accents folded, cut at a word boundary) or 'letters' (file names
   * for the user's notes: letters and digits of every script kept, cut by code points).
   */
  keep?: 'ascii' | 'letters';
  maxLength?: number;
}

/**
 * Turns a title into a lowercase, hyphen-separated slug (ASCII unless asked to keep every script's letters);
 * returns '' when nothing is left to keep, so callers must decide what that means.
 */
export function slugify(title: string, options: SlugOptions = {}): string {
  const maxLength = options.maxLength ?? MAX_SLUG_LENGTH;
  if (options.keep === 'letters') return letterSlug(title, maxLength);
  return asciiSlug(title, maxLength);
}

function letterSlug(text: string, maxLength: number): string {
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points so a surrogate pair is never split, then drop a dash the cut may leave at the end.
  return Array.from(words).slice(0, maxLength).join('').replace(/-+$/, '');
}

function asciiSlug(title: string, maxLength: number): string {
  const words = title
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(INITIALISM, (letters) => letters.replaceAll('.', ''))
    .replace(NOT_ALPHANUMERIC, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= maxLength) return words;
  const cut = words.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // A single over-long word has no boundary to cut at; a hard cut is the only option then.
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : words.slice(0, maxLength);
}
