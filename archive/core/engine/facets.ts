import type { ArticleMeta } from '../article';

/** What the user narrowed results to; an absent or empty list means no narrowing on that facet. */
export interface SearchFilters {
  sources?: readonly string[];
  years?: readonly string[];
  /** Only articles with notes, or only those without. */
  notes?: 'with' | 'without';
}

/** How many results a facet value would leave. */
export interface FacetCount {
  value: string;
  count: number;
}

/** Counts per facet value, each counted with the other facets' filters applied (as a shop's sidebar counts). */
export interface Facets {
  sources: FacetCount[];
  years: FacetCount[];
  notes: { with: number; without: number };
}

/** The year an article is filed under in the year facet. */
export function yearOf(meta: ArticleMeta): string {
  return meta.date?.slice(0, 4) ?? 'undated';
}

/**
 * Applies the filters to matching articles and counts each facet value, where a value's count is the number of
 * results there would be if that value were picked instead of the facet's current choice.
 */
export function applyFacets<T>(
  items: readonly T[],
  metaOf: (item: T) => ArticleMeta,
  filters: SearchFilters,
  annotated: ReadonlySet<string>,
): { kept: T[]; facets: Facets } {
  const sourceOk = (m: ArticleMeta) => !filters.sources?.length || filters.sources.includes(m.source);
  const yearOk = (m: ArticleMeta) => !filters.years?.length || filters.years.includes(yearOf(m));
  const notesOk = (m: ArticleMeta) =>
    filters.notes === undefined || (filters.notes === 'with') === annotated.has(m.id);
  const sources = new Map<string, number>();
  const years = new Map<string, number>();
  const notes = { with: 0, without: 0 };
  const kept: T[] = [];
  for (const item of items) {
    const meta = metaOf(item);
    const [s, y, n] = [sourceOk(meta), yearOk(meta), notesOk(meta)];
    if (y && n) sources.set(meta.source, (sources.get(meta.source) ?? 0) + 1);
    if (s && n) years.set(yearOf(meta), (years.get(yearOf(meta)) ?? 0) + 1);
    if (s && y) notes[annotated.has(meta.id) ? 'with' : 'without']++;
    if (s && y && n) kept.push(item);
  }
  return {
    kept,
    facets: {
      sources: counts(sources, (a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      years: counts(years, (a, b) => b.value.localeCompare(a.value)),
      notes,
    },
  };
}

function counts(map: Map<string, number>, order: (a: FacetCount, b: FacetCount) => number): FacetCount[] {
  return [...map].map(([value, count]) => ({ value, count })).sort(order);
}
