import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SearchOptions, SearchResponse } from '../../archive/core/search';
import { errorMessage } from '../search/protocol';
import type { SearchClient } from '../search/search-client';

/** How long typing must pause before a search runs, so each keystroke does not fetch snippet bodies. */
const DEBOUNCE_MS = 90;
/** How long typing must pause before the last word counts as finished, so "Cam" stops matching "came". */
const FINISHED_AFTER_MS = 700;

const EMPTY: SearchResponse = { status: 'empty' };

/** What the search UI shows, and the two things it tells the search about the user's typing. */
export interface SearchState {
  /** The newest answer worth showing; while typing, an invalid half-written query keeps the last good one. */
  response: SearchResponse;
  /** Whether a newer query than the one answered is on its way. */
  pending: boolean;
  /** The results on screen are the finished answer to the query in the box: nothing newer is on its way. */
  settled: boolean;
  /** Why search failed (the index could not be loaded, a file is damaged), for the user; else undefined. */
  failure: string | undefined;
  /** Whether the search index is still loading in its worker. */
  indexLoading: boolean;
  /** Call with the box's new text on each edit, so that text is searched as typed until the user pauses. */
  typed(value: string): void;
  /**
   * Searches the query as finished now (Enter) and resolves with that answer ('empty' if search failed); never
   * resolves if the query changes first.
   */
  finish(): Promise<SearchResponse>;
}

/**
 * Searches the query from the URL. Text the user is typing is searched as they type, the last word widened to
 * a prefix, and once more as finished when they pause or press Enter; a query that did not come from typing
 * (Back to the results, a reload) is searched as finished straight away. The newest query always wins.
 */
export function useSearch(
  search: SearchClient,
  query: string,
  narrowing: Pick<SearchOptions, 'filters' | 'annotated' | 'tagged'> = {},
): SearchState {
  const status = useSyncExternalStore(search.subscribe, search.status);
  const [answered, setAnswered] = useState<{
    query: string;
    response: SearchResponse;
    failure?: string;
    /** Searched as finished, not as typed with its last word widened. */
    final?: boolean;
  }>({ query: '', response: EMPTY });
  // The text last typed into the box and not yet searched as finished.
  const typing = useRef<string | null>(null);
  const finishNow = useRef<() => Promise<SearchResponse>>(() => Promise.resolve(EMPTY));
  const blank = query.trim() === '';
  const narrowingKey = JSON.stringify(narrowing);

  useEffect(() => {
    if (blank) {
      finishNow.current = () => Promise.resolve(EMPTY);
      return;
    }
    let current = true;
    let typingTimer: ReturnType<typeof setTimeout> | undefined;
    let finishTimer: ReturnType<typeof setTimeout> | undefined;
    let finished: Promise<SearchResponse> | undefined;

    const run = async (asTyping: boolean): Promise<SearchResponse> => {
      try {
        const response = await search.search(query, { ...narrowing, typing: asTyping });
        // Half-written syntax ("title:", "+dji -") is normal while typing: only a finished query gets a warning.
        if (current && !(asTyping && response.status === 'invalid'))
          setAnswered({ query, response, final: !asTyping });
        return response;
      } catch (error) {
        if (current) setAnswered({ query, response: EMPTY, failure: errorMessage(error), final: true });
        return EMPTY;
      }
    };
    const finish = (): Promise<SearchResponse> => {
      clearTimeout(typingTimer);
      clearTimeout(finishTimer);
      typing.current = null;
      finished ??= run(false);
      return finished;
    };
    // An answer for a query the user has since changed or cleared is never delivered, so Enter opens nothing.
    finishNow.current = () => finish().then((response) => (current ? response : new Promise(() => {})));

    if (typing.current === query) {
      typingTimer = setTimeout(() => void run(true), DEBOUNCE_MS);
      finishTimer = setTimeout(() => void finish(), FINISHED_AFTER_MS);
    } else {
      void finish();
    }
    return () => {
      current = false;
      clearTimeout(typingTimer);
      clearTimeout(finishTimer);
    };
    // The narrowing is compared by value: a new but equal filter object must not search again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, query, blank, narrowingKey]);

  const typed = useCallback((value: string) => {
    typing.current = value;
  }, []);
  const finish = useCallback(() => finishNow.current(), []);

  const indexLoading = status.state === 'loading';
  if (blank)
    return {
      response: EMPTY,
      pending: false,
      settled: true,
      failure: undefined,
      indexLoading,
      typed,
      finish,
    };
  // While a newer query is on its way, the last answer stays on screen instead of flashing empty.
  return {
    response: answered.response,
    pending: answered.query !== query,
    settled: answered.query === query && answered.final === true,
    // A failure stays until a search succeeds again, so it does not blink off with every keystroke.
    failure: answered.failure ?? (status.state === 'failed' ? status.message : undefined),
    indexLoading,
    typed,
    finish,
  };
}
