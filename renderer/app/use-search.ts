import { useEffect, useState } from 'react';
import type { SearchResponse, SearchService } from '../../archive/core/search';

/** How long typing must pause before a search runs, so each keystroke does not fetch snippet bodies. */
const DEBOUNCE_MS = 90;

const EMPTY: SearchResponse = { status: 'empty' };

/** Search results for the query as the user types; the newest query always wins over slower older ones. */
export function useSearch(
  service: SearchService,
  query: string,
): { response: SearchResponse; pending: boolean } {
  const [answered, setAnswered] = useState<{ query: string; response: SearchResponse }>({
    query: '',
    response: EMPTY,
  });
  const blank = query.trim() === '';
  useEffect(() => {
    if (blank) return;
    let current = true;
    const timer = setTimeout(() => {
      service
        .search(query)
        .then((response) => current && setAnswered({ query, response }))
        .catch(
          (error: Error) =>
            current && setAnswered({ query, response: { status: 'invalid', query, message: error.message } }),
        );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [service, query, blank]);
  if (blank) return { response: EMPTY, pending: false };
  // While a newer query is on its way, the last answer stays on screen instead of flashing empty.
  return { response: answered.response, pending: answered.query !== query };
}
