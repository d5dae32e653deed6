/** Longest id we produce; long headlines are cut at a word boundary so file names stay manageable. */
export const MAX_SLUG_LENGTH = 80;

// Apostrophes join the letters around them ("We’re" -> "were") instead of splitting the word.
const APOSTROPHES = /['\u2018\u2019\u02bc\u02b9\u2032]/g;
// Initialisms keep their letters together too ("U.S." -> "us", not "u-s").
const INITIALISM = /\b(?:[a-z]\.){2,}/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;

/**
 * Turns a title into a lowercase ASCII, hyphen-separated slug of at most MAX_SLUG_LENGTH characters;
 * returns '' when the title has no ASCII letters or digits, so callers must decide what that means.
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(INITIALISM, (letters) => letters.replaceAll('.', ''))
    .replace(NOT_ALPHANUMERIC, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= MAX_SLUG_LENGTH) return words;
  const cut = words.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // A single over-long word has no boundary to cut at; a hard cut is the only option then.
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : words.slice(0, MAX_SLUG_LENGTH);
}
