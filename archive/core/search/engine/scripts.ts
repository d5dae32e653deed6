// Words in every script. Lunr's trimmer keeps only ASCII letters, digits and "_", so a word in Cyrillic, Greek,
// Arabic or Devanagari (or an accented Latin letter at a word's edge) was trimmed away or cut; and scripts
// written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) came as one "word" per sentence. The
// browser's and Node's own word breaker (Intl.Segmenter, ICU's dictionaries) splits those; no library is
// needed or better.

// Scripts whose words are not separated by spaces; Korean is, so Hangul is split on spaces like Latin.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
// The first code point of any unspaced script above (Thai, at U+0E00): below it, no word needs the segmenter.
const FIRST_UNSPACED = 0x0e00;

/** Whether `text` holds characters of a script written without spaces between words. */
export function needsSegmenting(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= FIRST_UNSPACED) return UNSPACED.test(text);
  return false;
}

let segmenter: Intl.Segmenter | undefined;

/** The words of a run of unspaced text, with their offsets in it; punctuation between them is left out. */
export function wordSegments(text: string): { word: string; offset: number }[] {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const words: { word: string; offset: number }[] = [];
  for (const part of segmenter.segment(text)) {
    if (part.isWordLike) words.push({ word: part.segment, offset: part.index });
  }
  return words;
}

// Letters, combining marks (Devanagari and Arabic vowel signs, accents), digits, and "_" as Lunr keeps it.
const LEADING = /^[^\p{L}\p{M}\p{N}_]+/u;
const TRAILING = /[^\p{L}\p{M}\p{N}_]+$/u;

/** Trims what is not a letter, mark, digit or "_" from both ends of a word, in any script. */
export function trimWord(word: string): string {
  return word.replace(LEADING, '').replace(TRAILING, '');
}
