// "Did you mean": when a query finds nothing (or only some of its words), each of its words the index has never
// seen is replaced by the commonest word of the index one edit away (two for long words), found with the same
// bounded fuzzy expansion `word~1` uses. The index's own vocabulary is the dictionary, so a suggestion always
// finds something, in any language the archive holds.
import type { TermAnalyzer } from './analyzer';
import type { SegmentSet } from './segment-set';

const LETTERS = /^\p{L}+$/u;

/** Segments searched together in one language, with the analysis their words were indexed with. */
export interface Vocabulary {
  set: SegmentSet;
  analyzer: TermAnalyzer;
}

/** How often a term occurs in the archive's titles and bodies (documents per field, summed). */
function frequency(set: SegmentSet, ranks: readonly number[]): number {
  return set.postingTotal(ranks, 0) + set.postingTotal(ranks, 1);
}

/** The commonest indexed word close to `word` in any of the vocabularies, or undefined when none is. */
function closest(vocabularies: readonly Vocabulary[], word: string): string | undefined {
  let best: { name: string; score: number } | undefined;
  for (const distance of word.length >= 8 ? [1, 2] : [1]) {
    for (const { set, analyzer } of vocabularies) {
      for (const [name, ranks] of set.expand(word, distance).terms) {
        if (name === word || !LETTERS.test(name)) continue;
        // Stems are in the vocabulary too ("secur" beside "security"): a word its language's analysis changes
        // is surely a word as written, so it is preferred; a stem is offered only when nothing else is near.
        const surface = analyzer.termsOf(name)[0] !== name;
        const score = frequency(set, ranks) * (surface ? 4 : 1);
        if (!best || score > best.score || (score === best.score && name < best.name)) best = { name, score };
      }
    }
    if (best) return best.name;
  }
  return undefined;
}

/**
 * The query with each plain word that no vocabulary holds replaced by its closest indexed word in any of them;
 * undefined when every word is known (or a stop word of one of their languages) or none has a close one.
 */
export function suggestQuery(vocabularies: readonly Vocabulary[], query: string): string | undefined {
  let changed = false;
  const suggestion = query.replace(
    /(^|[\s+-])(\p{L}{3,})(?=$|[\s^])/gu,
    (whole, lead: string, word: string) => {
      const lower = word.toLowerCase();
      const known = vocabularies.some(({ set, analyzer }) =>
        analyzer.queryTermsOf(lower).some((term) => set.expand(term, undefined).terms.size > 0),
      );
      if (known || vocabularies.some(({ analyzer }) => analyzer.termsOf(lower).length === 0)) return whole;
      const near = closest(vocabularies, lower);
      if (near === undefined) return whole;
      changed = true;
      return `${lead}${near}`;
    },
  );
  return changed ? suggestion : undefined;
}
