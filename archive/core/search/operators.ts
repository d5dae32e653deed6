import type { ArticleMeta } from '../articles/article';
import type { SearchFilters } from './engine/facets';

/** A query with its filter operators taken out: the words to search, and what the operators asked for. */
export interface QueryOperators {
  /** The query without its operators, for the engine (Lunr's syntax has no such fields). */
  rest: string;
  /** Source names as typed after `source:`, in order. */
  sources: string[];
  /** Whether `has:notes` asked for annotated articles only. */
  hasNotes: boolean;
  /** Tags as typed after `tag:` (an article is kept when one of its notes has each of them). */
  tags?: string[];
  /** `before:` as typed: YYYY, YYYY-MM or YYYY-MM-DD; only articles dated before it start are kept. */
  before?: string;
  /** `after:` as typed: only articles dated after it ends are kept. */
  after?: string;
  /** Why an operator could not be read (a date that is not one), for the message shown instead of results. */
  problem?: string;
}

// `source:`, `tag:` (bare or quoted), `before:` and `after:` (a date) and `has:notes`, each a whole word.
const OPERATOR = /(^|\s)(?:(source|tag):(?:"([^"]*)"|(\S+))|(before|after):(\S*)|has:notes)(?=\s|$)/gi;
const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Takes the filter operators out of a query; everything else is left as typed. */
export function readOperators(query: string): QueryOperators {
  const found: QueryOperators = { rest: '', sources: [], hasNotes: false };
  const rest = query.replace(
    OPERATOR,
    (_match, lead: string, key?: string, quoted?: string, bare?: string, when?: string, date?: string) => {
      if (key !== undefined) {
        const value = (quoted ?? bare ?? '').trim();
        if (value !== '') {
          if (key.toLowerCase() === 'source') found.sources.push(value);
          else (found.tags ??= []).push(value);
        }
      } else if (when !== undefined) {
        if (!DATE.test(date ?? ''))
          found.problem ??= `${when.toLowerCase()}: needs a date such as 2021, 2021-05 or 2021-05-14`;
        else found[when.toLowerCase() as 'before' | 'after'] = date!;
      } else {
        found.hasNotes = true;
      }
      return lead;
    },
  );
  found.rest = rest.replace(/\s+/g, ' ').trim();
  return found;
}

/** Whether the query held any operator (its heading then repeats it whole, not only its words). */
export function hasOperators(operators: QueryOperators): boolean {
  const { sources, hasNotes, tags, before, after } = operators;
  return sources.length > 0 || hasNotes || tags !== undefined || before !== undefined || after !== undefined;
}

/**
 * Whether an article passes the query's date and tag operators: dated inside the range (an undated article
 * never is, once a date is asked for), and, for each tag asked for, one of its notes tagged with it (any case).
 * `tagged` holds, per tag in lower case, the ids of the articles with a note so tagged.
 */
export function keepsArticle(
  meta: ArticleMeta,
  operators: QueryOperators,
  tagged: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): boolean {
  if (operators.before !== undefined || operators.after !== undefined) {
    if (meta.date === undefined) return false;
    if (operators.before !== undefined && meta.date.slice(0, operators.before.length) >= operators.before)
      return false;
    if (operators.after !== undefined && meta.date.slice(0, operators.after.length) <= operators.after)
      return false;
  }
  for (const tag of operators.tags ?? []) {
    if (!tagged.get(tag.toLocaleLowerCase())?.has(meta.id)) return false;
  }
  return true;
}

/**
 * The filters the search applies: the user's own (the filter bar) narrowed by the query's operators. A source
 * named in the query matches a source of the archive case-insensitively; one that matches none leaves nothing.
 */
export function withOperators(
  filters: SearchFilters,
  operators: QueryOperators,
  knownSources: readonly string[],
): SearchFilters {
  const next: SearchFilters = { ...filters };
  if (operators.sources.length > 0) {
    const wanted = new Set(operators.sources.map((s) => s.toLocaleLowerCase()));
    const named = knownSources.filter((s) => wanted.has(s.toLocaleLowerCase()));
    const allowed = filters.sources === undefined ? named : named.filter((s) => filters.sources!.includes(s));
    // A name that matches no source still narrows: to nothing, rather than to everything.
    next.sources = allowed.length > 0 ? allowed : ['\u0000no such source'];
  }
  if (operators.hasNotes) next.notes = 'with';
  return next;
}
