// Tags are written as Obsidian/Logseq "#tag" words, which end at anything but letters, digits, -, _ and /.
const TAG_SEPARATORS = /[\s,;]+/u;
const NOT_TAG_CHARACTER = /[^\p{L}\p{M}\p{N}_-]+/gu;

/** Normalises one user-typed tag (strips leading #, turns other characters into -); null when nothing is left. */
export function normalizeTag(raw: string): string | null {
  // Nested tags ("dji/ban") may not have empty levels, and a level reads badly starting or ending with "-".
  const tag = raw
    .normalize('NFC')
    .trim()
    .replace(/^#+/u, '')
    .split('/')
    .map((level) => level.replace(NOT_TAG_CHARACTER, '-').replace(/^-+|-+$/gu, ''))
    .filter((level) => level !== '')
    .join('/');
  return tag === '' ? null : tag;
}

/** Normalises a list of tags, dropping empty ones and case-insensitive duplicates (the first spelling wins). */
export function normalizeTags(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const item of raw) {
    const tag = normalizeTag(item);
    if (tag === null) continue;
    const key = tag.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** Parses what a user typed in the tag field ("drones, #policy  dji/ban") into normalised, unique tags. */
export function parseTags(input: string): string[] {
  return normalizeTags(input.split(TAG_SEPARATORS));
}

/**
 * Writes a tag as a Markdown "#tag" word, normalising it on the way; returns "" for a tag with nothing usable
 * in it (only possible for tags that never went through parseTags, e.g. imported ones), so rendering never throws.
 */
export function formatTag(tag: string): string {
  const normalized = normalizeTag(tag);
  return normalized === null ? '' : `#${normalized}`;
}
