// No lunr import: the page imports these limits, and lunr belongs in the search worker's bundle only.

/** Fields a query may scope a word to, as in `title:drone` (the engine's analyzer indexes these). */
const SEARCH_FIELDS = ['title', 'body'] as const;

/** Longest query accepted; anything longer is pasted text rather than a search. */
export const MAX_QUERY_LENGTH = 300;
/** Most terms in one query; each term costs a walk of the index's token set. */
export const MAX_QUERY_TERMS = 24;
/** Highest fuzziness (`word~2`); lunr's fuzzy automaton grows exponentially with it. */
const MAX_EDIT_DISTANCE = 2;
/** Letters a wildcard term needs before its first `*`; shorter prefixes expand to most of the index. */
const MIN_WILDCARD_PREFIX = 2;
/** Most `*` in one word; each adds a loop to the automaton matched against the index. */
const MAX_WILDCARDS = 2;
/** Shortest last word that also matches as a prefix while the user is still typing it. */
export const MIN_TYPING_PREFIX = 3;

/** A query the user has to change, with a short message saying how; never a lunr internal message. */
export class QueryError extends Error {
  override name = 'QueryError';
}

/** The parts of a parsed query clause the limits look at. */
export interface QueryClause {
  term: string;
  editDistance?: number;
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

interface LunrParseError {
  name: 'QueryParseError';
  message: string;
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
