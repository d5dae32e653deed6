import lunr from 'lunr';
import {
  checkClause,
  friendlyMessage,
  MAX_QUERY_LENGTH,
  MAX_QUERY_TERMS,
  MIN_TYPING_PREFIX,
  QueryError,
} from '../query';
import { foldPunctuation, forEachToken, SEARCH_FIELDS, type TermAnalyzer } from './analyzer';
import { PRESENCE, type EngineClause } from './evaluate';

/** One word of a phrase: its stem and its place relative to the phrase's first indexed word. */
export interface PhraseItem {
  stem: string;
  offset: number;
}

/** A quoted phrase: its words must appear in this order, stop words counted as gaps, in one of the fields. */
export interface Phrase {
  text: string;
  fields: string[];
  /** Whether the phrase must appear (`"…"`, `+"…"`) or must not (`-"…"`). */
  excluded: boolean;
  items: PhraseItem[];
}

/** What a query asks, ready to run: Lunr clauses, phrases to verify, and the looser form to fall back on. */
export interface QueryPlan {
  query: string;
  clauses: EngineClause[];
  phrases: Phrase[];
  /** The same query with the words that were required only by default made optional; absent when no looser. */
  relaxed?: EngineClause[];
  /** Clauses whose matched words are highlighted anywhere (phrase words only where the phrase is). */
  highlightClauses: EngineClause[];
  /** Words of the query that were not searched: too common to be indexed, or with no letters or digits. */
  leftOut: LeftOut;
}

/** The query's words that the index cannot hold, so they are dropped from the query rather than matched. */
export interface LeftOut {
  common: string[];
  symbols: string[];
}

/** The outcome of reading what the user typed: nothing to search, a plan, or a message. */
export type PlanCheck =
  | { status: 'empty' }
  | { status: 'ok'; plan: QueryPlan }
  | { status: 'invalid'; query: string; message: string };

// The parser is part of lunr's runtime API but missing from @types/lunr.
const { QueryParser } = lunr as unknown as {
  QueryParser: new (query: string, into: lunr.Query) => { parse(): lunr.Query };
};

const PHRASE = /(^|\s)([+-]?)(?:([\p{L}\p{N}_]+):)?"([^"]*)("|$)/gu;
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/**
 * Reads a query: quoted phrases first (straight or curly quotes, optionally `+`, `-` or `field:` before
 * them), the rest with Lunr's parser. Words are required by default, as in web search; `relaxed` keeps the
 * OR of Lunr's own default for when nothing has them all. While `typing`, the last plain word also matches
 * as a prefix, since the user has not finished it.
 */
export function planQuery(input: string, analyzer: TermAnalyzer, typing = false): PlanCheck {
  const query = typeof input === 'string' ? input.trim() : '';
  if (query === '') return { status: 'empty' };
  try {
    const plan = buildPlan(foldPunctuation(query), analyzer, typing && !/\s$/.test(input));
    // The query is read folded (curly quotes as straight) but reported as the user wrote it.
    return { status: 'ok', plan: { ...plan, query } };
  } catch (error) {
    return { status: 'invalid', query, message: friendlyMessage(error) };
  }
}

function buildPlan(query: string, analyzer: TermAnalyzer, typing: boolean): QueryPlan {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new QueryError(`The search is too long: use at most ${MAX_QUERY_LENGTH} characters.`);
  }
  const phrases: Phrase[] = [];
  const rest = query.replace(
    PHRASE,
    (_, lead: string, sign: string, field: string | undefined, text: string) => {
      if (field !== undefined && !(SEARCH_FIELDS as readonly string[]).includes(field)) {
        throw new QueryError(`There is no field "${field}": use title: or body: before a phrase.`);
      }
      phrases.push(
        readPhrase(text, field === undefined ? [...SEARCH_FIELDS] : [field], sign === '-', analyzer),
      );
      return lead;
    },
  );
  const all = rest.trim() === '' ? [] : (parseClauses(rest) as EngineClause[]);
  for (const clause of all) checkClause(clause);
  const endsWithWord = typing && !/"\s*$/.test(query);
  const last = all.at(-1);
  const widened = endsWithWord && last !== undefined && isPlainWord(last) ? last : undefined;
  const leftOut: LeftOut = { common: [], symbols: [] };
  // The word still being typed is kept: as a prefix it may yet match ("the" on its way to "theory").
  const parsed = all.filter((clause) => clause === widened || searchable(clause, analyzer, leftOut));
  if (parsed.length === 0 && phrases.length === 0 && all.length > 0)
    throw new QueryError(nothingToSearch(leftOut));
  const defaulted = new Set<EngineClause>();
  const clauses = parsed.map((clause) => {
    const presence = clause.presence ?? PRESENCE.OPTIONAL;
    let out: EngineClause = { ...clause, presence };
    if (clause === widened) out = { ...out, term: `${clause.term}*`, usePipeline: false };
    if (presence === PRESENCE.OPTIONAL) {
      out.presence = PRESENCE.REQUIRED;
      defaulted.add(out);
    }
    return out;
  });
  const phraseClauses = phrases
    .filter((p) => !p.excluded)
    .flatMap((p) => p.items.map((item) => phraseClause(item.stem, p.fields)));
  if (clauses.length + phraseClauses.length > MAX_QUERY_TERMS) {
    throw new QueryError(`The search has too many words: use at most ${MAX_QUERY_TERMS}.`);
  }
  const relaxed =
    defaulted.size > 1 || (defaulted.size > 0 && clauses.length + phraseClauses.length > 1)
      ? [
          ...clauses.map((c) => (defaulted.has(c) ? { ...c, presence: PRESENCE.OPTIONAL } : c)),
          ...phraseClauses,
        ]
      : undefined;
  const plan: QueryPlan = {
    query,
    clauses: [...clauses, ...phraseClauses],
    phrases: phrases.filter((p) => p.items.length > 1 || p.excluded),
    highlightClauses: clauses.filter((c) => c.presence !== PRESENCE.PROHIBITED),
    leftOut,
  };
  if (relaxed !== undefined) plan.relaxed = relaxed;
  if (plan.clauses.length === 0 && phrases.some((p) => p.items.length === 0 && !p.excluded)) {
    throw new QueryError('Put words between the quotes, as in "data security".');
  }
  return plan;
}

/**
 * Whether a word can match anything: a word the index never holds (one of symbols only, or a stop word the index
 * leaves out) is noted in `leftOut` and dropped, both here and in the Lunr reference, which runs the same clauses.
 */
function searchable(clause: EngineClause, analyzer: TermAnalyzer, leftOut: LeftOut): boolean {
  if (!clause.usePipeline || clause.editDistance !== undefined) return true;
  if (analyzer.queryTermsOf(clause.term).length === 0) leftOut.symbols.push(clause.term);
  else if (analyzer.termsOf(clause.term).length === 0) leftOut.common.push(clause.term);
  else return true;
  return false;
}

const quoted = (words: readonly string[]): string => words.map((w) => `“${w}”`).join(', ');

/** What to tell the user when every word of a query was left out. */
function nothingToSearch(leftOut: LeftOut): string {
  const parts: string[] = [];
  if (leftOut.common.length > 0)
    parts.push(
      `${quoted(leftOut.common)} ${leftOut.common.length === 1 ? 'is' : 'are'} too common to search for`,
    );
  if (leftOut.symbols.length > 0)
    parts.push(
      `${quoted(leftOut.symbols)} ${leftOut.symbols.length === 1 ? 'has' : 'have'} no letters or digits`,
    );
  const hint = leftOut.common.length > 0 ? ' Add a less common word.' : '';
  return `No searchable words: ${parts.join(', and ')}.${hint}`;
}

/** Plain sentences about the words a query left out, for the results' notices. */
export function leftOutNotices(leftOut: LeftOut): string[] {
  const notices: string[] = [];
  if (leftOut.common.length > 0) notices.push(`Left out as too common: ${quoted(leftOut.common)}.`);
  if (leftOut.symbols.length > 0)
    notices.push(`Left out, having no letters or digits: ${quoted(leftOut.symbols)}.`);
  return notices;
}

function parseClauses(text: string): lunr.Query.Clause[] {
  return new QueryParser(text, new lunr.Query([...SEARCH_FIELDS])).parse().clauses;
}

function readPhrase(text: string, fields: string[], excluded: boolean, analyzer: TermAnalyzer): Phrase {
  const items: PhraseItem[] = [];
  let first: number | undefined;
  forEachToken(text, (token) => {
    const stem = analyzer.termsOf(token.word)[0];
    if (stem === undefined) return;
    first ??= token.index;
    items.push({ stem, offset: token.index - first });
  });
  return { text: text.trim(), fields, excluded, items };
}

// A phrase word is looked up as its stem, exactly (the stem is already what the pipeline would make of it).
function phraseClause(stem: string, fields: string[]): EngineClause {
  return { term: stem, fields, boost: 1, usePipeline: false, wildcard: 0, presence: PRESENCE.REQUIRED };
}

// Only an unmodified word is widened: a word with * or ~ already says how it should match, and an excluded
// word is excluded as typed.
function isPlainWord(clause: EngineClause): boolean {
  return (
    clause.presence !== PRESENCE.PROHIBITED &&
    clause.usePipeline &&
    clause.editDistance === undefined &&
    clause.boost === 1 &&
    PLAIN_WORD.test(clause.term) &&
    clause.term.length >= MIN_TYPING_PREFIX
  );
}
