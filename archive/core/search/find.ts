import type { TextRange } from '../articles/text-range';

/** Longest find-in-article needle accepted; longer input cannot be a passage anyone is looking for. */
export const MAX_FIND_LENGTH = 500;

/**
 * Every occurrence of `needle` in `text`, ignoring case, without overlaps, in order.
 * Case folding is done per character with toLowerCase, which keeps offsets aligned for the texts we ship
 * (a few characters such as "İ" change length when lowered; those are matched by the raw text instead).
 */
export function findAll(text: string, needle: string): TextRange[] {
  const query = needle.trim();
  if (query === '' || query.length > MAX_FIND_LENGTH) return [];
  const lowered = text.toLowerCase();
  const haystack = lowered.length === text.length ? lowered : text;
  const wanted = lowered.length === text.length ? query.toLowerCase() : query;
  const ranges: TextRange[] = [];
  for (let at = haystack.indexOf(wanted); at !== -1; at = haystack.indexOf(wanted, at + wanted.length)) {
    ranges.push({ start: at, end: at + wanted.length });
  }
  return ranges;
}
