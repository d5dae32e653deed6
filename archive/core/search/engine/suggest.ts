// "Did you mean": when a query finds nothing (or only some of its words), each of its words the index has never
// seen is replaced by the commonest word of the index one edit away (two for long words), found with the same
// bounded fuzzy expansion `word~1` uses. The index's own vocabulary is the dictionary, so a suggestion always
// finds something, in any language the archive holds.
import lunr from 'lunr';
import type { TermAnalyzer } from './analyzer';
import type { SegmentSet } from './evaluate';

const LETTERS = /^\p{L}+$/u;

/** How often a term occurs in the archive's titles and bodies (documents per field, summed). */
function frequency(set: SegmentSet, ranks: readonly number[]): number {
  return set.postingTotal(ranks, 0) + set.postingTotal(ranks, 1);
}

/** The commonest indexed word close to `word`, or undefined when none is. */
function closest(set: SegmentSet, word: string): string | undefined {
  let best: { name: string; score: number } | undefined;
  for (const distance of word.length >= 8 ? [1, 2] : [1]) {
    for (const [name, ranks] of set.expand(word, distance).terms) {
      if (name === word || !LETTERS.test(name)) continue;
      // Stems are in the vocabulary too ("secur" beside "security"): a word the stemmer changes is surely a
      // word as written, so it is preferred; a stem is offered only when nothing else is near.
      const surface = lunr.stemmer(new lunr.Token(name, {})).toString() !== name;
      const score = frequency(set, ranks) * (surface ? 4 : 1);
      if (!best || score > best.score || (score === best.score && name < best.name)) best = { name, score };
    }
    if (best) return best.name;
  }
  return undefined;
}

/**
 * The query with each plain word the index does not hold replaced by its closest indexed word; undefined when
 * every word is known or none has a close one.
 */
export function suggestQuery(set: SegmentSet, analyzer: TermAnalyzer, query: string): string | undefined {
  let changed = false;
  const suggestion = query.replace(
    /(^|[\s+-])(\p{L}{3,})(?=$|[\s^])/gu,
    (whole, lead: string, word: string) => {
      const lower = word.toLowerCase();
      const known = analyzer.queryTermsOf(lower).some((term) => set.expand(term, undefined).terms.size > 0);
      if (known || analyzer.termsOf(lower).length === 0) return whole;
      const near = closest(set, lower);
      if (near === undefined) return whole;
      changed = true;
      return `${lead}${near}`;
    },
  );
  return changed ? suggestion : undefined;
}
