// The search engine's one public entry: the search worker, the build and the benchmarks import from here, and
// nothing outside archive/core/search reaches into engine/. The page imports only types from here (erased at
// build time) plus the light query limits in ./query, so Lunr stays in the worker's bundle.
export {
  createSearchService,
  type SearchOptions,
  type SearchResponse,
  type SearchResult,
  type SearchService,
  type SearchCounters,
} from './search';
export type { FacetCount, Facets, SearchFilters } from './engine/facets';
export { SegmentReader, type TermDictionary } from './engine/segment-reader';
export { buildSegment, SegmentBuilder, type SegmentFiles } from './engine/segment-builder';
export { forEachToken, TermAnalyzer, type TextToken } from './engine/analyzer';
export { planQuery, type Phrase, type PlanCheck, type QueryPlan } from './engine/query-plan';
export { buildLunrReference, queryLunrReference } from './engine/lunr-reference';
export { searchLanguageOf, SEARCH_LANGUAGES, type SearchLanguage } from './language-tags';
