import type { SearchResponse } from '../../archive/core/search';

/** An answered search with no results, for tests of the worker's message plumbing. */
export const emptyAnswer = (query: string): SearchResponse => ({
  status: 'ok',
  query,
  results: [],
  total: 0,
  relaxed: false,
  notices: [],
  facets: { sources: [], years: [], notes: { with: 0, without: 0 } },
});
