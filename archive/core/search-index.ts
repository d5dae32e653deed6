import lunr from 'lunr';
import { plainText, type Article, type ArticleMeta } from './article';
import { compareCodeUnits } from './text-range';

/** Fields of every search segment; a query may scope a term to one of them, as in `title:drone`. */
export const SEARCH_FIELDS = ['title', 'body'] as const;

/** How much more a term in the title weighs than the same term in the body. */
export const TITLE_BOOST = 10;

/** One serialized Lunr index plus the metadata of the articles it covers, shipped as one JSON file. */
export interface SearchSegmentData {
  version: 1;
  /** Metadata of every indexed article, sorted by id; the index's document refs are these ids. */
  docs: ArticleMeta[];
  /** The output of `lunr.Index#toJSON`, for `lunr.Index.load`. */
  index: object;
}

/**
 * Builds the search segment for a set of articles; the same articles give byte-identical JSON whatever their
 * order, so the committed build output only changes when the archive does.
 */
export function buildSearchSegment(articles: readonly Article[]): SearchSegmentData {
  const sorted = [...articles].sort((a, b) => compareCodeUnits(a.id, b.id));
  sorted.forEach((article, i) => {
    if (i > 0 && sorted[i - 1]?.id === article.id) throw new Error(`duplicate article id "${article.id}"`);
  });
  const index = lunr(function () {
    this.tokenizer = offsetTokenizer;
    this.pipeline.after(lunr.stemmer, stemAndKeepWord);
    this.pipeline.remove(lunr.stemmer);
    this.ref('id');
    this.field('title', { boost: TITLE_BOOST });
    this.field('body');
    this.metadataWhitelist = ['position'];
    for (const article of sorted)
      this.add({ id: article.id, title: article.title, body: plainText(article.blocks) });
  });
  return { version: 1, docs: sorted.map(toMeta), index: index.toJSON() };
}

function toMeta(article: Article): ArticleMeta {
  const meta: ArticleMeta = { id: article.id, title: article.title, source: article.source };
  if (article.date !== undefined) meta.date = article.date;
  return meta;
}

/**
 * Indexes each word's stem and, where it differs, the word itself: queries are stemmed as usual, but fuzzy
 * terms are matched against the index's vocabulary, so `encrypton~1` needs "encryption" there, not only
 * its stem "encrypt". A possessive also indexes its owner ("DJI’s" is found by "DJI"), which lunr's
 * stemmer leaves as "dji’".
 */
export function stemAndKeepWord(token: lunr.Token): lunr.Token[] {
  const word = token.toString();
  const forms = [lunr.stemmer(token.clone()), token];
  const owner = POSSESSIVE.exec(word)?.[1];
  if (owner !== undefined && owner !== '') forms.push(lunr.stemmer(token.clone(() => owner)));
  const seen = new Set<string>();
  return forms.filter((form) => !seen.has(form.toString()) && seen.add(form.toString()));
}
const POSSESSIVE = /^(.*)['\u2019]s$/u;
lunr.Pipeline.registerFunction(stemAndKeepWord, 'airgapStemAndKeepWord');

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * Splits text exactly where `lunr.tokenizer` does, so the index holds the same terms, but records positions in
 * the original text: lunr lowercases the whole string first (which shifts offsets after characters such as
 * "İ"), and its positions include punctuation around a word ("data," or “Countering), which would then be
 * highlighted along with it.
 */
export const offsetTokenizer: typeof lunr.tokenizer = Object.assign(
  (obj?: null | string | object | object[], metadata?: object): lunr.Token[] => {
    if (obj === null || obj === undefined || Array.isArray(obj)) return lunr.tokenizer(obj);
    const text = String(obj);
    const tokens: lunr.Token[] = [];
    const separator = new RegExp(lunr.tokenizer.separator.source, 'g');
    let start = 0;
    for (const gap of [...text.matchAll(separator), null]) {
      const end = gap === null ? text.length : gap.index;
      if (end > start) tokens.push(makeToken(text.slice(start, end), start, tokens.length, metadata));
      if (gap !== null) start = gap.index + gap[0].length;
    }
    return tokens;
  },
  { separator: lunr.tokenizer.separator },
);

function makeToken(word: string, at: number, index: number, metadata: object | undefined): lunr.Token {
  const core = word.replace(EDGE_PUNCTUATION, '');
  const lead = core === '' ? 0 : word.search(/[\p{L}\p{N}]/u);
  const length = core === '' ? word.length : core.length;
  return new lunr.Token(word.toLowerCase(), { ...metadata, position: [at + lead, length], index });
}
