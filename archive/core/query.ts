import lunr from 'lunr';
import { SEARCH_FIELDS } from './search-index';

/** Longest query accepted; anything longer is pasted text rather than a search. */
export const MAX_QUERY_LENGTH = 300;
/** Most terms in one query; each term costs a walk of the index's token set. */
export const MAX_QUERY_TERMS = 24;
/** Highest fuzziness (`word~2`); lunr's fuzzy automaton grows exponentially with it. */
export const MAX_EDIT_DISTANCE = 2;
/** Letters a wildcard term needs before its first `*`; shorter prefixes expand to most of the index. */
export const MIN_WILDCARD_PREFIX = 2;
/** Most `*` in one word; each adds a loop to the automaton matched against the index. */
export const MAX_WILDCARDS = 2;
/** Shortest last word that also matches as a prefix while the user is still typing it. */
export const MIN_TYPING_PREFIX = 3;

/** A query the user has to change, with a short message saying how; never a lunr internal message. */
export class QueryError extends Error {
  override name = 'QueryError';
}

/** One parsed query clause, as lunr's parser produces it (the published typings omit `presence`). */
export interface QueryClause {
  term: string;
  fields: string[];
  boost: number;
  usePipeline: boolean;
  wildcard: number;
  editDistance?: number;
  presence?: number;
}

/** The outcome of checking what the user typed: nothing to search, a runnable query, or a message. */
export type QueryCheck =
  | { status: 'empty' }
  | { status: 'ok'; query: string; clauses: readonly QueryClause[] }
  | { status: 'invalid'; query: string; message: string };

interface LunrParseError {
  name: 'QueryParseError';
  message: string;
}

// The parser is part of lunr's runtime API but missing from @types/lunr.
const { QueryParser } = lunr as unknown as {
  QueryParser: new (query: string, into: lunr.Query) => { parse(): lunr.Query };
};

/** Checks a query without throwing: empty or whitespace-only input is 'empty', bad syntax is 'invalid'. */
export function checkQuery(input: string): QueryCheck {
  const query = typeof input === 'string' ? input.trim() : '';
  if (query === '') return { status: 'empty' };
  try {
    return { status: 'ok', query, clauses: parseQuery(query, /\s$/.test(input)) };
  } catch (error) {
    return { status: 'invalid', query, message: friendlyMessage(error) };
  }
}

/**
 * Parses a trimmed query into lunr clauses and applies Airgap's limits; throws QueryError when it cannot run.
 * Unless `wordFinished`, the last plain word also matches as a prefix so results appear while typing it.
 */
export function parseQuery(query: string, wordFinished = true): QueryClause[] {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new QueryError(`The search is too long: use at most ${MAX_QUERY_LENGTH} characters.`);
  }
  const parsed = new QueryParser(query, new lunr.Query([...SEARCH_FIELDS])).parse();
  const clauses = parsed.clauses as QueryClause[];
  if (clauses.length > MAX_QUERY_TERMS) {
    throw new QueryError(`The search has too many words: use at most ${MAX_QUERY_TERMS}.`);
  }
  for (const clause of clauses) checkClause(clause);
  const last = clauses.at(-1);
  if (!wordFinished && last !== undefined && isPlainWord(last)) {
    clauses.push({ ...last, term: `${last.term}*`, usePipeline: false, boost: last.boost / 2 });
  }
  return clauses;
}

/** Throws QueryError when a clause asks for more expansion than a query may do. */
export function checkClause(clause: QueryClause): void {
  const { term } = clause;
  if ((clause.editDistance ?? 0) > MAX_EDIT_DISTANCE) {
    throw new QueryError(`Fuzzy search allows at most ~${MAX_EDIT_DISTANCE}, as in encrypton~1.`);
  }
  const star = term.indexOf('*');
  if (star >= 0 && star < MIN_WILDCARD_PREFIX) {
    throw new QueryError('Put at least two letters before *, as in secur*.');
  }
  if (term.split('*').length - 1 > MAX_WILDCARDS) {
    throw new QueryError(`Use * at most ${MAX_WILDCARDS} times in a word.`);
  }
  if (star >= 0 && clause.editDistance !== undefined) {
    throw new QueryError('A word can have * or ~, not both.');
  }
}

// Only an optional, unmodified word is widened: widening a required or excluded word would change which
// documents may match, and a word with * or ~ already says how it should match.
function isPlainWord(clause: QueryClause): boolean {
  return (
    (clause.presence === undefined || clause.presence === lunr.Query.presence.OPTIONAL) &&
    clause.usePipeline &&
    clause.editDistance === undefined &&
    clause.boost === 1 &&
    /^[\p{L}\p{N}]+$/u.test(clause.term) &&
    clause.term.length >= MIN_TYPING_PREFIX
  );
}

function isLunrParseError(error: unknown): error is LunrParseError {
  return (
    typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QueryParseError'
  );
}

/** Turns any error raised while parsing or running a query into a short sentence for the search box. */
export function friendlyMessage(error: unknown): string {
  if (error instanceof QueryError) return error.message;
  if (!isLunrParseError(error)) return 'This search cannot be run; try plain words.';
  const { message } = error;
  const field = /^unrecognised field '([^']*)'/.exec(message);
  if (field?.[1] === '')
    return 'Put a field before the colon, as in title:drone, or write \\: to search for one.';
  if (field) {
    const fields = SEARCH_FIELDS.map((f) => `${f}:`).join(' or ');
    return `There is no field "${field[1]}": use ${fields}, or write \\: to search for a colon.`;
  }
  if (message.startsWith('expecting term, found nothing'))
    return 'Add a word after the field, as in title:drone.';
  if (message.startsWith('expecting term or field, found nothing'))
    return 'Add a word after + or -, as in +dji.';
  if (message.includes('edit distance must be numeric')) return 'Put a number after ~, as in encrypton~1.';
  if (message.includes('boost must be numeric')) return 'Put a number after ^, as in drone^2.';
  if (/EDIT_DISTANCE/.test(message)) return 'Put ~ right after a word, as in encrypton~1.';
  if (/BOOST/.test(message)) return 'Put ^ right after a word, as in drone^2.';
  if (/PRESENCE/.test(message)) return 'Put + or - right before a word, as in +dji -kivu.';
  if (/FIELD/.test(message)) return 'Put a word after the field, as in title:drone.';
  return 'This search cannot be run; try plain words.';
}
