import lunr from 'lunr';
import MiniSearch, { type Options, type Query, type QueryCombination, type SearchOptions } from 'minisearch';
import { plainText, type Article } from '../../../archive/core/articles/article';

/**
 * Off-the-shelf engines the benchmark compares the app's search with, over the same articles: each indexes
 * the title (boosted 10x) and the plain-text body, and answers with the ids of its 10 best matches.
 */
export interface BaselineEngine {
  readonly name: string;
  /** Indexes the articles; a stream works, nothing but the index is kept. */
  build(articles: Iterable<Article>): void;
  /** The index as the JSON text an app would store (its length is the size on disk). */
  serialize(): string;
  /** Replaces the index with one read back from `serialize()` output. */
  load(json: string): void;
  /** Ids of the 10 best matches, best first; [] for a query the engine cannot parse. */
  query(q: string): string[];
}

export const TOP_K = 10;

/** The fields both engines index for an article. */
export const indexedDocument = (a: Article): { id: string; title: string; body: string } => ({
  id: a.id,
  title: a.title,
  body: plainText(a.blocks),
});

function ready<T>(index: T | undefined, name: string): T {
  if (index === undefined) throw new Error(`${name}: build() or load() first`);
  return index;
}

/**
 * Lunr 2.3.9 as its README sets it up: `ref('id')`, title boosted 10, body; default pipelines (trimmer, stop
 * words, stemmer); no positions metadata. Queries use Lunr's own syntax. Lunr has no phrase search, so a
 * quoted phrase is sent as its words, each required (a superset of the phrase matches).
 */
export class LunrBaseline implements BaselineEngine {
  readonly name = 'lunr';
  private index: lunr.Index | undefined;

  build(articles: Iterable<Article>): void {
    this.index = lunr(function () {
      this.ref('id');
      this.field('title', { boost: 10 });
      this.field('body');
      for (const article of articles) this.add(indexedDocument(article));
    });
  }

  serialize(): string {
    return JSON.stringify(ready(this.index, this.name));
  }

  load(json: string): void {
    this.index = lunr.Index.load(JSON.parse(json) as object);
  }

  query(q: string): string[] {
    const index = ready(this.index, this.name);
    const lunrQuery = q
      .replace(/"([^"]*)"?/g, (_, phrase: string) =>
        phrase
          .split(/[\s-]+/)
          .filter((w) => w !== '')
          .map((w) => `+${w}`)
          .join(' '),
      )
      .trim();
    try {
      return index
        .search(lunrQuery)
        .slice(0, TOP_K)
        .map((r) => r.ref);
    } catch (error) {
      if (error instanceof lunr.QueryParseError) return [];
      throw error;
    }
  }
}

/** One term of a Lunr-style query, as MiniSearch options. */
export interface ParsedTerm {
  text: string;
  presence: 'optional' | 'required' | 'prohibited';
  /** `abc*`: also match terms that start with text. */
  prefix: boolean;
  /** `abc~N`: also match terms within N edits; 0 for none. */
  fuzzy: number;
  /** `abc^N`: weight of the term; 1 for none. */
  boost: number;
  /** `title:abc`: the one field to search. */
  field?: string;
}

/**
 * Reads the Lunr query syntax the benchmark uses (`+a -b c* d~1 e^5 title:f "g h"`) into terms. A phrase
 * becomes its words, each required; a leading wildcard is dropped (MiniSearch has no suffix search).
 */
export function parseQuery(q: string): ParsedTerm[] {
  const terms: ParsedTerm[] = [];
  const phrases = q.replace(/"([^"]*)"?/g, (_, phrase: string) => {
    for (const word of phrase.split(/\s+/)) {
      if (word !== '') terms.push({ text: word, presence: 'required', prefix: false, fuzzy: 0, boost: 1 });
    }
    return ' ';
  });
  for (const token of phrases.split(/\s+/)) {
    const match = /^([+-]?)(?:(title|body):)?(\**)(.*?)(\*?)(?:~(\d+))?(?:\^(\d+(?:\.\d+)?))?$/.exec(token);
    if (match === null || match[4] === undefined || match[4] === '') continue;
    const term: ParsedTerm = {
      text: match[4],
      presence: match[1] === '+' ? 'required' : match[1] === '-' ? 'prohibited' : 'optional',
      prefix: match[5] === '*',
      fuzzy: match[6] === undefined ? 0 : Number(match[6]),
      boost: match[7] === undefined ? 1 : Number(match[7]),
    };
    if (match[2] !== undefined) term.field = match[2];
    terms.push(term);
  }
  return terms;
}

const MINISEARCH_OPTIONS: Options = { idField: 'id', fields: ['title', 'body'] };
const MINISEARCH_SEARCH: SearchOptions = { boost: { title: 10 } };

function termQuery(term: ParsedTerm): QueryCombination {
  const query: QueryCombination = { queries: [term.text], combineWith: 'AND' };
  // Prefix and fuzzy matching only where the query asks for them, so plain words are exact matches.
  if (term.prefix) query.prefix = true;
  if (term.fuzzy > 0) query.fuzzy = term.fuzzy;
  if (term.boost !== 1) query.boostTerm = () => term.boost;
  if (term.field !== undefined) query.fields = [term.field];
  return query;
}

/**
 * MiniSearch 7 with fields title (boosted 10) and body and its default tokenizer and term processing
 * (lowercase; no stemming or stop words). Lunr-style syntax is translated: required terms (and phrase
 * words) are combined with AND, otherwise terms are ORed; prohibited terms with AND_NOT.
 */
export class MiniSearchBaseline implements BaselineEngine {
  readonly name = 'minisearch';
  private index: MiniSearch | undefined;

  build(articles: Iterable<Article>): void {
    const index = new MiniSearch(MINISEARCH_OPTIONS);
    for (const article of articles) index.add(indexedDocument(article));
    this.index = index;
  }

  serialize(): string {
    return JSON.stringify(ready(this.index, this.name));
  }

  load(json: string): void {
    this.index = MiniSearch.loadJSON(json, MINISEARCH_OPTIONS);
  }

  query(q: string): string[] {
    const index = ready(this.index, this.name);
    const terms = parseQuery(q);
    const required = terms.filter((t) => t.presence === 'required');
    const optional = terms.filter((t) => t.presence === 'optional');
    const prohibited = terms.filter((t) => t.presence === 'prohibited');
    const wanted = required.length > 0 ? required : optional;
    if (wanted.length === 0) return [];
    let query: Query = { queries: wanted.map(termQuery), combineWith: required.length > 0 ? 'AND' : 'OR' };
    if (prohibited.length > 0) {
      query = {
        queries: [query, { queries: prohibited.map(termQuery), combineWith: 'OR' }],
        combineWith: 'AND_NOT',
      };
    }
    return index
      .search(query, MINISEARCH_SEARCH)
      .slice(0, TOP_K)
      .map((r) => String(r.id));
  }
}

/** Both baselines, fresh (unbuilt). */
export function baselineEngines(): BaselineEngine[] {
  return [new LunrBaseline(), new MiniSearchBaseline()];
}
