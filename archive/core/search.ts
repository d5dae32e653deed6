import lunr from 'lunr';
import type { ArticleMeta } from './article';
import { checkQuery, friendlyMessage, type QueryClause } from './query';
import type { SearchSegmentData } from './search-index';
import { makeSnippet, normalizeRanges, type Snippet } from './snippet';
import { compareCodeUnits, type TextRange } from './text-range';

/** One ranked hit: the article's metadata, where the query matched, and a snippet of its body. */
export interface SearchResult {
  meta: ArticleMeta;
  /** Lunr's BM25 score; higher is better, comparable only within one response. */
  score: number;
  /** Matches in the title, as offsets into `meta.title`. */
  titleHighlights: TextRange[];
  /** Every match in the body plain text, sorted and merged. */
  bodyMatches: TextRange[];
  snippet: Snippet;
}

/** What a search returns: nothing typed yet, ranked results, or a message about the query. */
export type SearchResponse =
  | { status: 'empty' }
  | { status: 'ok'; query: string; results: SearchResult[]; total: number }
  | { status: 'invalid'; query: string; message: string };

/** The search the renderer talks to; async so it can move into a Web Worker without changing callers. */
export interface SearchService {
  /**
   * Runs a query over every segment; resolves 'invalid' (never rejects) for a query lunr cannot run. `typing`
   * says whether the last word is still being typed (widened to a prefix); without it, a trailing space decides.
   */
  search(query: string, options?: { limit?: number; typing?: boolean }): Promise<SearchResponse>;
  /** every match of the query in one article body, for highlighting hits when the article opens */
  matchesIn(query: string, articleId: string): Promise<TextRange[]>;
}

/** Results returned when the caller gives no limit. */
export const DEFAULT_LIMIT = 20;
/** Article bodies kept in memory for snippets; a page of results plus some paging back and forth. */
export const BODY_CACHE_SIZE = 100;

interface Segment {
  data: SearchSegmentData;
  index?: lunr.Index;
  docs: Map<string, ArticleMeta>;
}

interface Hit {
  meta: ArticleMeta;
  score: number;
  matchData: lunr.MatchData;
}

/**
 * Creates the search service over serialized segments (each loaded with `lunr.Index.load` on first use, never
 * rebuilt). Hits from all segments are merged by lunr score, highest first, ties by title: scores use each
 * segment's own term statistics, so a term rare in a small user segment weighs a little more there than it
 * would in one combined index. An article id present in several segments keeps its best-scoring hit. Bodies
 * are loaded only for the results returned and cached; a response rejects only when `loadBody` does.
 */
export function createSearchService(deps: {
  segments: readonly SearchSegmentData[];
  loadBody(id: string): Promise<string>;
}): SearchService {
  const segments: Segment[] = deps.segments.map((data) => ({
    data,
    docs: new Map(data.docs.map((meta) => [meta.id, meta])),
  }));
  const bodies = new Map<string, Promise<string>>();

  function loadBody(id: string): Promise<string> {
    const cached = bodies.get(id);
    if (cached !== undefined) {
      // Re-inserting moves the entry to the end, so the Map's order is least recently used first.
      bodies.delete(id);
      bodies.set(id, cached);
      return cached;
    }
    const loading = deps.loadBody(id);
    bodies.set(id, loading);
    loading.catch(() => bodies.delete(id));
    for (const oldest of bodies.keys()) {
      if (bodies.size <= BODY_CACHE_SIZE) break;
      bodies.delete(oldest);
    }
    return loading;
  }

  return {
    async search(query, options = {}) {
      // checkQuery reads a trailing space as "last word finished"; `typing` states it outright instead.
      const { typing } = options;
      const check = checkQuery(typing === undefined ? query : typing ? query.trimEnd() : `${query} `);
      if (check.status !== 'ok') return check;
      let hits: Hit[];
      try {
        hits = runQuery(segments, check.clauses);
      } catch (error) {
        return { status: 'invalid', query: check.query, message: friendlyMessage(error) };
      }
      const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
      const results = await Promise.all(
        hits.slice(0, limit).map(async (hit): Promise<SearchResult> => {
          const bodyMatches = positions(hit.matchData, 'body');
          return {
            meta: hit.meta,
            score: hit.score,
            titleHighlights: positions(hit.matchData, 'title'),
            bodyMatches,
            snippet: makeSnippet(await loadBody(hit.meta.id), bodyMatches),
          };
        }),
      );
      return { status: 'ok', query: check.query, results, total: hits.length };
    },

    async matchesIn(query, articleId) {
      const check = checkQuery(query);
      const segment = segments.find((s) => s.docs.has(articleId));
      if (check.status !== 'ok' || segment === undefined) return [];
      try {
        const hit = runQuery([segment], check.clauses).find((h) => h.meta.id === articleId);
        return hit === undefined ? [] : positions(hit.matchData, 'body');
      } catch {
        return [];
      }
    },
  };
}

function runQuery(segments: readonly Segment[], clauses: readonly QueryClause[]): Hit[] {
  const best = new Map<string, Hit>();
  for (const segment of segments) {
    segment.index ??= lunr.Index.load(segment.data.index);
    // lunr rewrites clause terms while it runs, so every run gets fresh copies.
    const results = segment.index.query((q) =>
      clauses.forEach((c) => q.clause({ ...c, fields: [...c.fields] } as lunr.Query.Clause)),
    );
    for (const result of results) {
      const meta = segment.docs.get(result.ref);
      const previous = best.get(result.ref);
      if (meta !== undefined && (previous === undefined || result.score > previous.score)) {
        best.set(result.ref, { meta, score: result.score, matchData: result.matchData });
      }
    }
  }
  return [...best.values()].sort(
    (a, b) =>
      b.score - a.score ||
      compareCodeUnits(a.meta.title, b.meta.title) ||
      compareCodeUnits(a.meta.id, b.meta.id),
  );
}

type PositionMetadata = Record<string, Record<string, { position?: [number, number][] }>>;

function positions(matchData: lunr.MatchData, field: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const fields of Object.values(matchData.metadata as PositionMetadata)) {
    for (const [start, length] of fields[field]?.position ?? []) ranges.push({ start, end: start + length });
  }
  return normalizeRanges(ranges);
}
