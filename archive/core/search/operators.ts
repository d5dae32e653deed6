import type { SearchFilters } from './engine/facets';

/** A query with its filter operators taken out: the words to search, and what the operators asked for. */
export interface QueryOperators {
  /** The query without its operators, for the engine (Lunr's syntax has no such fields). */
  rest: string;
  /** Source names as typed after `source:`, in order. */
  sources: string[];
  /** Whether `has:notes` asked for annotated articles only. */
  hasNotes: boolean;
}

// `source:name` or `source:"a name with spaces"`, and `has:notes`, each as a whole word of the query.
const OPERATOR = /(^|\s)(?:source:(?:"([^"]*)"|(\S+))|has:notes)(?=\s|$)/gi;

/** Takes the filter operators (`source:`, `has:notes`) out of a query; everything else is left as typed. */
export function readOperators(query: string): QueryOperators {
  const sources: string[] = [];
  let hasNotes = false;
  const rest = query.replace(OPERATOR, (match, lead: string, quoted?: string, bare?: string) => {
    const name = (quoted ?? bare ?? '').trim();
    if (quoted !== undefined || bare !== undefined) {
      if (name !== '') sources.push(name);
    } else hasNotes = true;
    return lead;
  });
  return { rest: rest.replace(/\s+/g, ' ').trim(), sources, hasNotes };
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
