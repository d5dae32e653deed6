// Which language an archive's words are analysed in, read from the tag it names: apart from the analysis itself
// (languages.ts, which loads Lunr and every language's stemmer), so the page can read a tag without loading them.

const CODES = ['ar', 'da', 'de', 'el', 'es', 'fi', 'fr', 'he', 'hu', 'hy', 'it', 'ko', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sv', 'tr'] as const; // prettier-ignore

/** A language the search analyses with its own stemmer and stop words; anything else is analysed as English. */
export type SearchLanguage = 'en' | (typeof CODES)[number];

/** The languages with their own analysis, English (Lunr's own stemmer and stop words) first. */
export const SEARCH_LANGUAGES: readonly SearchLanguage[] = ['en', ...CODES];

// ISO 639-3 and 639-2/B codes (what ZIM files name their language by) of the languages above.
const THREE_LETTER: Readonly<Record<string, SearchLanguage>> = {
  eng: 'en', ara: 'ar', dan: 'da', deu: 'de', ger: 'de', ell: 'el', gre: 'el', spa: 'es', fin: 'fi', fra: 'fr',
  fre: 'fr', heb: 'he', hun: 'hu', hye: 'hy', arm: 'hy', ita: 'it', kor: 'ko', nld: 'nl', dut: 'nl', nor: 'no',
  nob: 'no', nno: 'no', pol: 'pl', por: 'pt', ron: 'ro', rum: 'ro', rus: 'ru', swe: 'sv', tur: 'tr',
}; // prettier-ignore

/**
 * The search language for a language tag as archives name theirs: "fr", "fra", "fr-CA", or a ZIM's list such as
 * "fra,eng" (its first is the main one). Unknown, empty or missing tags give English, as every index had before.
 */
export function searchLanguageOf(tag: string | undefined): SearchLanguage {
  const first = (tag ?? '').split(',')[0]!.trim().toLowerCase().split(/[-_]/)[0]!;
  if (first.length === 3) return Object.hasOwn(THREE_LETTER, first) ? THREE_LETTER[first]! : 'en';
  if (first === 'nb' || first === 'nn') return 'no';
  return (SEARCH_LANGUAGES as readonly string[]).includes(first) ? (first as SearchLanguage) : 'en';
}
