import type { RefObject } from 'react';
import type { SearchFilters as Filters } from '../../archive/core/search';
import type { SearchResponse } from '../../archive/core/search';
import { formatRoute } from '../shell/route';
import { Highlighted } from './Highlighted';
import { onListKeyDown } from './list-keyboard';
import { SearchFilters } from './SearchFilters';
import { NoteHits } from './NoteHits';
import type { NoteHit } from '../../archive/core/annotations/notes-search';

interface Props {
  query: string;
  response: SearchResponse;
  pending: boolean;
  /** Whether the finished answer is on screen (false while the box's last word is still being widened). */
  settled?: boolean;
  /** Why search is not working, shown instead of results. */
  failure: string | undefined;
  indexLoading: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  filters: Filters;
  onFilters(filters: Filters): void;
  /** The user's highlights the same query found, shown apart from the articles. */
  noteHits?: readonly NoteHit[];
  /** Runs a suggested spelling of the query. */
  onSuggestion?(query: string): void;
  /** Sentences about libraries the results do not cover whole (hidden, or still being indexed), above them. */
  partial?: readonly string[];
}

/** "Did you mean …": the query with its unknown words replaced by the archive's closest ones, one click away. */
function DidYouMean({ suggestion, onPick }: { suggestion?: string; onPick?(query: string): void }) {
  if (suggestion === undefined || onPick === undefined) return null;
  return (
    <p className="did-you-mean" data-testid="did-you-mean">
      Did you mean{' '}
      <button type="button" className="link-button" onClick={() => onPick(suggestion)}>
        {suggestion}
      </button>
      ?
    </p>
  );
}

const SYNTAX_TIPS =
  '"exact phrase" · +word must appear · -word must not · title:word · source:name · tag:name · before:2021 · after:2020-05 · has:notes · secur* · encrypton~1';

/** Ranked results for the query: title, source and a snippet with the matched words marked. */
export function SearchResults(props: Props) {
  const {
    query,
    response,
    pending,
    settled = true,
    failure,
    indexLoading,
    searchRef,
    filters,
    onFilters,
    noteHits = [],
    onSuggestion,
    partial = [],
  } = props;
  if (failure !== undefined) {
    return (
      <section className="notice notice-warn" role="alert" data-testid="search-failed">
        <h1>Search is not working</h1>
        <p>{failure}</p>
        <p className="muted">The library and the articles can still be opened.</p>
      </section>
    );
  }
  if (indexLoading) {
    // Nothing has been answered yet; the query typed now is answered as soon as the index is in.
    return (
      <p className="muted" role="status" data-testid="search-loading">
        Loading the search index…
      </p>
    );
  }
  if (response.status === 'invalid') {
    return (
      <section className="notice notice-warn" role="alert" data-testid="search-error">
        <h1>That search could not be read</h1>
        <p>{response.message}</p>
        <p className="muted">Search syntax: {SYNTAX_TIPS}</p>
      </section>
    );
  }
  if (response.status === 'empty') return pending ? <p className="muted">Searching…</p> : null;
  const filterBar = <SearchFilters facets={response.facets} filters={filters} onChange={onFilters} />;
  const filtered = Boolean(filters.sources?.length || filters.years?.length || filters.notes);
  if (response.results.length === 0) {
    return (
      <section aria-label="Search results">
        <NoteHits hits={noteHits} query={query} />
        {filtered && filterBar}
        <div className="notice" data-testid="search-empty">
          <h1>No articles match “{response.query}”</h1>
          <DidYouMean suggestion={response.suggestion} onPick={onSuggestion} />
          {/* A library left out (hidden, or indexed only in part) may be why nothing matched. */}
          {partial.map((notice) => (
            <p key={notice} data-testid="search-notice">
              {notice}
            </p>
          ))}
          <p className="muted">
            {filtered
              ? 'Clear the filters, or try fewer words.'
              : 'Try fewer words, a wildcard (secur*) or a fuzzy term (encrypton~1).'}
          </p>
        </div>
      </section>
    );
  }
  return (
    <section aria-labelledby="results-title" aria-busy={!settled} data-testid="results-section">
      <div className="library-head">
        <h1 id="results-title">Results</h1>
        {/* A live region: a screen reader hears the new count as results change while the user types. */}
        <p className="muted result-count" role="status" aria-live="polite" data-testid="result-count">
          {response.total} {response.total === 1 ? 'article matches' : 'articles match'} “{response.query}”
          {response.relaxed && ' (some of the words)'}
        </p>
      </div>
      <NoteHits hits={noteHits} query={query} />
      {filterBar}
      <DidYouMean suggestion={response.suggestion} onPick={onSuggestion} />
      {[...partial, ...response.notices].map((notice) => (
        <p key={notice} className="search-notice" role="status" data-testid="search-notice">
          {notice}
        </p>
      ))}
      <ol
        className="results"
        onKeyDown={(e) => onListKeyDown(e, searchRef.current)}
        data-testid="search-results"
      >
        {response.results.map((r) => (
          <li key={r.meta.id}>
            <a
              className="result"
              href={formatRoute({ view: 'article', id: r.meta.id, query })}
              data-nav-item
              data-article-id={r.meta.id}
              data-testid="search-result"
            >
              <span className="result-title">
                <Highlighted text={r.meta.title} ranges={r.titleHighlights} />
              </span>
              <span className="result-meta">
                {r.meta.source}
                {r.meta.date && ` · ${r.meta.date}`}
              </span>
              <span className="result-snippet" data-testid="result-snippet">
                {r.snippet.startsMidText && '… '}
                <Highlighted text={r.snippet.text} ranges={r.snippet.highlights} />
                {r.snippet.endsMidText && ' …'}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
