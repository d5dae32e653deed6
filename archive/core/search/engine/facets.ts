import type { ArticleMeta } from '../../articles/article';
import { MatchList } from './match-list';

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

function counts(map: Map<string, number>, order: (a: FacetCount, b: FacetCount) => number): FacetCount[] {
  return [...map].map(([value, count]) => ({ value, count })).sort(order);
}

/**
 * The facet values of every document, as small integers in typed arrays, computed once per search service: with
 * 50,000 articles a common word matches tens of thousands of them, and counting facets per match by strings
 * took more time than scoring them. A value's count is the number of results there would be if that value were picked instead of the facet's
 * current choice.
 */
export class FacetIndex {
  private readonly sourceNames: string[] = [];
  private readonly yearNames: string[] = [];
  private readonly sourceOf: Uint32Array;
  private readonly yearOfDoc: Uint32Array;
  private docById: Map<string, number> | undefined;

  constructor(private readonly metas: readonly ArticleMeta[]) {
    const sources = new Map<string, number>();
    const years = new Map<string, number>();
    const code = (map: Map<string, number>, names: string[], value: string): number => {
      let found = map.get(value);
      if (found === undefined) {
        found = names.length;
        map.set(value, found);
        names.push(value);
      }
      return found;
    };
    this.sourceOf = new Uint32Array(metas.length);
    this.yearOfDoc = new Uint32Array(metas.length);
    metas.forEach((meta, doc) => {
      this.sourceOf[doc] = code(sources, this.sourceNames, meta.source);
      this.yearOfDoc[doc] = code(years, this.yearNames, yearOf(meta));
    });
  }

  /** Every source's name, in the order the documents first name it. */
  get sources(): readonly string[] {
    return this.sourceNames;
  }

  /**
   * The document an article id names, if any. Its table is made on first use, not when the archive opens: hashing
   * 200,000 ids took a tenth of a second, and a search with no notes or tags never asks.
   */
  docOf(id: string): number | undefined {
    if (this.docById === undefined) {
      this.docById = new Map();
      for (let doc = 0; doc < this.metas.length; doc++) this.docById.set(this.metas[doc]!.id, doc);
    }
    return this.docById.get(id);
  }

  /** Applies the filters to matches and counts each facet value. */
  apply(
    matches: MatchList,
    filters: SearchFilters,
    annotated: ReadonlySet<string>,
  ): { kept: MatchList; facets: Facets } {
    const allowed = (names: string[], chosen: readonly string[] | undefined): Uint8Array | null =>
      chosen?.length ? Uint8Array.from(names, (name) => (chosen.includes(name) ? 1 : 0)) : null;
    const sourceOk = allowed(this.sourceNames, filters.sources);
    const yearOk = allowed(this.yearNames, filters.years);
    const noted = new Set<number>();
    for (const id of annotated) {
      const doc = this.docOf(id);
      if (doc !== undefined) noted.add(doc);
    }
    const sourceCounts = new Uint32Array(this.sourceNames.length);
    const yearCounts = new Uint32Array(this.yearNames.length);
    const notes = { with: 0, without: 0 };
    const unfiltered = sourceOk === null && yearOk === null && filters.notes === undefined;
    const { docs } = matches;
    const { sourceOf, yearOfDoc } = this;
    let kept = matches;
    if (unfiltered && noted.size === 0) {
      // With nothing to narrow by and no notes (most searches), every match is kept as it is, and only counted.
      for (let i = 0; i < docs.length; i++) {
        sourceCounts[sourceOf[docs[i]!]!]!++;
        yearCounts[yearOfDoc[docs[i]!]!]!++;
      }
      notes.without = docs.length;
    } else {
      const keptDocs = new Uint32Array(docs.length);
      let keptCount = 0;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        const source = sourceOf[doc]!;
        const year = yearOfDoc[doc]!;
        const hasNotes = noted.size > 0 && noted.has(doc);
        const s = sourceOk === null || sourceOk[source] === 1;
        const y = yearOk === null || yearOk[year] === 1;
        const n = filters.notes === undefined || (filters.notes === 'with') === hasNotes;
        if (y && n) sourceCounts[source]!++;
        if (s && n) yearCounts[year]!++;
        if (s && y) {
          if (hasNotes) notes.with++;
          else notes.without++;
        }
        if (s && y && n) keptDocs[keptCount++] = doc;
      }
      if (!unfiltered) kept = new MatchList(keptDocs.slice(0, keptCount));
    }
    const listed = (names: string[], tally: Uint32Array): Map<string, number> =>
      new Map(names.flatMap((value, i) => (tally[i]! > 0 ? [[value, tally[i]!] as const] : [])));
    return {
      kept,
      facets: {
        sources: counts(
          listed(this.sourceNames, sourceCounts),
          (a, b) => b.count - a.count || a.value.localeCompare(b.value),
        ),
        years: counts(listed(this.yearNames, yearCounts), (a, b) => b.value.localeCompare(a.value)),
        notes,
      },
    };
  }
}
