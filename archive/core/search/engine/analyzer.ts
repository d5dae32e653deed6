import lunr from 'lunr';
import { languageSteps, type LanguageSteps } from './languages';
import type { SearchLanguage } from '../language-tags';
import { needsSegmenting, trimWord, wordSegments } from './scripts';

/** Fields of every search segment, in Lunr's field order; a query may scope a term to one of them. */
export const SEARCH_FIELDS = ['title', 'body'] as const;

/** A field of the index. */
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** How much more a term in the title weighs than the same term in the body (Lunr's field boost). */
export const FIELD_BOOSTS: Readonly<Record<SearchField, number>> = { title: 10, body: 1 };

// Typographic variants are folded to their ASCII form one code unit for one, so offsets into the original text
// stay valid: `dji's` then finds “DJI’s”, and an en or em dash separates words as a hyphen does.
const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '\uff07': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');

/** Folds curly quotes, apostrophes and dashes to ASCII without changing the text's length. */
export function foldPunctuation(text: string): string {
  return text.replace(FOLDABLE, (c) => FOLD[c] ?? c);
}

/** One word of a text: Lunr's token string (lowercased), where its letters are, and its place in the text. */
export interface TextToken {
  /** The word as Lunr's tokenizer yields it: lowercased, folded, punctuation kept. */
  word: string;
  /** Offset of the word's first letter or digit in the original text (for highlights). */
  start: number;
  /** Length of the highlighted part: the word without surrounding punctuation. */
  length: number;
  /** Position of the word among the text's words, counting stop words (for phrases). */
  index: number;
}

const EDGE = /^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu;
const FIRST_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

// ASCII letters and digits, the common case; anything else goes through the Unicode-aware regexes.
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * Splits text exactly where `lunr.tokenizer` does (whitespace and hyphens), after folding punctuation, calling
 * `visit` for each word. Offsets are into the original text: Lunr lowercases the whole string first, which
 * shifts offsets after characters such as "İ", and its positions include punctuation around a word.
 */
export function forEachToken(text: string, visit: (token: TextToken) => void): void {
  forEachSpan(text, (word, start, length, index) => visit({ word, start, length, index }));
}

/** `forEachToken` with the token's parts as arguments: no object per word, for callers that see every word. */
export function forEachSpan(
  text: string,
  visit: (word: string, start: number, length: number, index: number) => void,
): void {
  scanWords(foldPunctuation(text), (source, from, to, start, index) => {
    const raw = source.slice(from, to);
    if (isWordChar(raw.charCodeAt(0)) && isWordChar(raw.charCodeAt(raw.length - 1))) {
      // Most words have no punctuation at either end: no regex is needed to find their letters.
      visit(raw.toLowerCase(), start, raw.length, index);
    } else {
      const core = raw.replace(EDGE, '');
      const lead = core === '' ? 0 : raw.search(FIRST_WORD_CHAR);
      const length = core === '' ? raw.length : core.length;
      visit(raw.toLowerCase(), start + lead, length, index);
    }
  });
}

// Lunr's separator, /[\s\-]+/, one character at a time: a loop over char codes instead of a regex per word,
// since search highlights and the build tokenize every word they see. Non-ASCII characters ask the regex.
const NON_ASCII_SPACE = /\s/;
function isSeparator(code: number): boolean {
  if (code < 128) return code === 32 || code === 45 || (code >= 9 && code <= 13);
  return NON_ASCII_SPACE.test(String.fromCharCode(code));
}

/**
 * Calls `visit` with each word of already folded text (as `source.slice(from, to)`: the folded text itself for most
 * words, so none is cut out unless a caller needs it), its offset and its index, split where Lunr splits, and runs
 * of scripts written without spaces (Chinese, Japanese, Thai...) split further into their words.
 */
function scanWords(
  folded: string,
  visit: (source: string, from: number, to: number, start: number, index: number) => void,
): void {
  let index = 0;
  let start = -1;
  let high = false; // Whether the current word has a character from U+0E00 up, where unspaced scripts are.
  for (let at = 0; at <= folded.length; at++) {
    const code = at === folded.length ? 32 : folded.charCodeAt(at);
    const separator = at === folded.length || isSeparator(code);
    if (separator && start >= 0) {
      const raw = high ? folded.slice(start, at) : '';
      if (high && needsSegmenting(raw)) {
        for (const { word, offset } of wordSegments(raw))
          visit(word, 0, word.length, start + offset, index++);
      } else {
        visit(folded, start, at, start, index++);
      }
      start = -1;
    } else if (!separator) {
      if (start < 0) {
        start = at;
        high = false;
      }
      if (code >= 0x0e00) high = true;
    }
  }
}

/**
 * The build's fast path of `forEachToken`: the same words (folded, not yet lowercased) and positions, without
 * highlight offsets, each as `source.slice(from, to)` (most often a span of the folded text, not cut out), so the
 * builder can look up its work per distinct word without making a string of every word.
 */
export function forEachWord(
  text: string,
  visit: (source: string, from: number, to: number, index: number) => void,
): void {
  scanWords(foldPunctuation(text), (source, from, to, _start, index) => visit(source, from, to, index));
}

/** Lunr's tokenizer built on `forEachToken`, for the reference `lunr.Index` the engine is checked against. */
export const lunrTokenizer: typeof lunr.tokenizer = Object.assign(
  (obj?: null | string | object | object[], metadata?: object): lunr.Token[] => {
    if (obj === null || obj === undefined || Array.isArray(obj)) return lunr.tokenizer(obj);
    const tokens: lunr.Token[] = [];
    forEachToken(String(obj), (t) =>
      tokens.push(new lunr.Token(t.word, { ...metadata, position: [t.start, t.length], index: t.index })),
    );
    return tokens;
  },
  { separator: lunr.tokenizer.separator },
);

/**
 * The pipeline step after trimming that analyses a word in a language and keeps it too: stop words give nothing;
 * any other word indexes its stem (after the language's own steps, such as French accent folding) and, where it
 * differs, the word itself as written. Queries are analysed the same way, but wildcard and fuzzy terms, and the
 * prefix of a word still being typed, are matched against the vocabulary: `encrypton~1` needs "encryption" there,
 * not only its stem "encrypt", and "donnée*" needs "données", not its folded "donnees". A possessive also indexes
 * its owner ("DJI's" is found by "DJI"). The stem comes first: phrase positions are read from it.
 */
export function analyseAndKeep(steps: LanguageSteps, label: string): lunr.PipelineFunction {
  const step = (token: lunr.Token): lunr.Token[] => {
    const word = token.toString();
    const normal = runSteps(steps.beforeStop, token.clone());
    const kept = steps.stop === undefined ? normal : runSteps([steps.stop], ...normal);
    if (kept.length === 0) return [];
    const forms = [...runSteps(steps.afterStop, ...kept), token];
    const owner = POSSESSIVE.exec(word)?.[1];
    if (owner !== undefined && owner !== '')
      forms.push(
        ...runSteps(
          steps.afterStop,
          token.clone(() => owner),
        ),
      );
    const seen = new Set<string>();
    return forms.filter((form) => !seen.has(form.toString()) && seen.add(form.toString()));
  };
  lunr.Pipeline.registerFunction(step, label);
  return step;
}
const POSSESSIVE = /^(.*)'s$/u;

// Runs pipeline functions over tokens as lunr.Pipeline#run does: a function may return a token, several, or
// nothing (a stop word).
function runSteps(functions: readonly lunr.PipelineFunction[], ...tokens: lunr.Token[]): lunr.Token[] {
  let out = tokens;
  for (const fn of functions) {
    const next: lunr.Token[] = [];
    out.forEach((token, i) => {
      const result = fn(token, i, out) as lunr.Token | lunr.Token[] | null | undefined;
      if (result === null || result === undefined || (result as unknown) === '') return;
      if (Array.isArray(result)) next.push(...result);
      else next.push(result);
    });
    out = next;
  }
  return out;
}

/**
 * Drops a token that trimming left empty (a word of symbols only: `&`, `·`, an emoji). Lunr would index and
 * look up the empty string as a term, so a symbol in a query matched whatever article had another symbol.
 */
export function dropEmpty(token: lunr.Token): lunr.Token | null {
  return token.toString() === '' ? null : token;
}
lunr.Pipeline.registerFunction(dropEmpty, 'airgapDropEmpty');

/**
 * Lunr's trimmer for every script: a word keeps its letters, combining marks and digits in any script, where
 * Lunr's own keeps only ASCII ones (and so dropped "русский" and cut "café" to "caf").
 */
export function unicodeTrimmer(token: lunr.Token): lunr.Token {
  return token.update(trimWord);
}
lunr.Pipeline.registerFunction(unicodeTrimmer, 'airgapTrimmer');

/**
 * Splits a query word of a script written without spaces into its words, as the tokenizer split the text, so
 * "无人机数据" looks up "无人机" and "数据".
 */
export function splitUnspaced(token: lunr.Token): lunr.Token | lunr.Token[] {
  const word = token.toString();
  if (!needsSegmenting(word)) return token;
  return wordSegments(word).map((part) => token.clone(() => part.word));
}
lunr.Pipeline.registerFunction(splitUnspaced, 'airgapSplitUnspaced');

/**
 * Lunr's indexing pipeline as the app configures it for a language: trimmer, no empty words, then the language's
 * analysis keeping the word too.
 */
export function indexPipeline(language: SearchLanguage = 'en'): lunr.PipelineFunction[] {
  let analyse = analysers.get(language);
  if (analyse === undefined) {
    // English keeps the name its step had before languages came.
    const label = language === 'en' ? 'airgapStemAndKeepWord' : `airgapAnalyseAndKeep-${language}`;
    analyse = analyseAndKeep(languageSteps(language), label);
    analysers.set(language, analyse);
  }
  return [unicodeTrimmer, dropEmpty, analyse];
}
// Made once per language: each registers its step under the language's name.
const analysers = new Map<SearchLanguage, lunr.PipelineFunction>();

/**
 * Lunr's search pipeline as the app configures it for a language: scripts without spaces split into words, the
 * trimmer (so `U.S.` is looked up as "u.s", as the text indexes it), no empty words, and the language's stemmer.
 */
export function searchPipeline(language: SearchLanguage = 'en'): lunr.PipelineFunction[] {
  return [splitUnspaced, unicodeTrimmer, dropEmpty, ...languageSteps(language).search];
}

function pipelineOf(functions: readonly lunr.PipelineFunction[]): lunr.Pipeline {
  const pipeline = new lunr.Pipeline();
  pipeline.add(...functions);
  return pipeline;
}

const NO_TERMS: readonly string[] = [];

/**
 * The terms each word indexes under, memoized: the pipeline's functions look at one token at a time, so a word
 * always gives the same terms, and a cache turns the stemmer (the costly part of a build) into a lookup.
 */
export class TermAnalyzer {
  private readonly pipeline: lunr.Pipeline;
  private readonly query: lunr.Pipeline;
  private readonly cache = new Map<string, readonly string[]>();

  /** An analyzer with the stemmer and stop words of `language` (English by default, as the bundled archive). */
  constructor(readonly language: SearchLanguage = 'en') {
    this.pipeline = pipelineOf(indexPipeline(language));
    this.query = pipelineOf(searchPipeline(language));
  }

  /** The index terms of one tokenized word; empty for a stop word. The stem, if any, comes first. */
  termsOf(word: string): readonly string[] {
    let terms = this.cache.get(word);
    if (terms === undefined) {
      const out = this.pipeline.run([new lunr.Token(word, {})]).map(String);
      terms = out.length === 0 ? NO_TERMS : out;
      if (this.cache.size > 1_000_000) this.cache.clear();
      this.cache.set(word, terms);
    }
    return terms;
  }

  /** The terms a query word is looked up as (Lunr's search pipeline: trimmed and stemmed). */
  queryTermsOf(word: string): string[] {
    return this.query.runString(word);
  }
}
