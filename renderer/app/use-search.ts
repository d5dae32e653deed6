import { useEffect, useState } from 'react';
import type { SearchResponse, SearchService } from '../../archive/core/search';

/** How long typing must pause before a search runs, so each keystroke does not fetch snippet bodies. */
const DEBOUNCE_MS = 90;

/** Search results for the query as the user types; the newest query always wins over slower older ones. */
export function useSearch(
  service: SearchService,
  query: string,
): { response: SearchResponse; pending: boolean } {
  const [state, setState] = useState<{ query: string; response: SearchResponse }>({
    query: '',
    response: { status: 'empty' },
  });
  useEffect(() => {
    if (query.trim() === '') {
      setState({ query, response: { status: 'empty' } });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      service
        .search(query)
        .then((response) => current && setState({ query, response }))
        .catch(
          (error: Error) =>
            current && setState({ query, response: { status: 'invalid', query, message: error.message } }),
        );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [service, query]);
  return { response: state.response, pending: state.query !== query };
}
