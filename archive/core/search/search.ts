import type { ArticleMeta } from '../articles/article';
import { makeSnippet, type Snippet } from './snippet';
import { compareCodeUnits, type TextRange } from '../articles/text-range';
import { cachedBodies } from './body-cache';
import { suggestQuery } from './engine/suggest';
import { SEARCH_FIELDS } from './engine/analyzer';
import { evaluate, type EngineClause, type Evaluation } from './engine/evaluate';
import { MatchList, type Match } from './engine/match-list';
import { FacetIndex, type Facets, type SearchFilters } from './engine/facets';
import {
  globalDoc,
  globalMatches,
  groupByLanguage,
  groupOfDoc,
  leftOutEverywhere,
  planGroups,
  type LanguageGroup,
} from './engine/language-groups';
import { highlightRanges, unionOfTerms, WordMatcher, type MatchedTerms } from './engine/highlight';
import { filterPhrase } from './engine/phrase-filter';
import { hasOperators, keepsArticle, readOperators, withOperators } from './operators';
import { leftOutNotices, planQuery, type Phrase, type QueryPlan } from './engine/query-plan';
import type { SegmentReader } from './engine/segment-reader';

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
  | {
      status: 'ok';
      query: string;
      results: SearchResult[];
      total: number;
      /** True when no article had every word and the results have only some of them. */
      relaxed: boolean;
      /** Plain sentences about limits that cut this search short. */
      notices: string[];
      facets: Facets;
      /** The query with unknown words replaced by the index's closest ones, when it found nothing or little. */
      suggestion?: string;
    }
  | { status: 'invalid'; query: string; message: string };

/** How a search is run: how many results, whether the last word is still being typed, and narrowing. */
export interface SearchOptions {
  limit?: number;
  /** The last word is still being typed: it also matches as a prefix. */
  typing?: boolean;
  filters?: SearchFilters;
  /** Ids of the articles that have notes, for the notes facet. */
  annotated?: readonly string[];
  /** Per tag (in lower case), the ids of the articles with a note so tagged, for the `tag:` operator. */
  tagged?: Readonly<Record<string, readonly string[]>>;
}

/** Running counts a benchmark can read between searches. */
export interface SearchCounters {
  /** Documents whose score was computed (the cost pruning saves), added to by every search. */
  scored: number;
}

/** The search the renderer talks to; async so it runs in a Web Worker without changing callers. */
export interface SearchService {
  /** Runs a query over every segment; resolves 'invalid' (never rejects) for a query that cannot run. */
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  /** Every match of the query in one article body, for highlighting hits when the article opens. */
  matchesIn(query: string, articleId: string): Promise<TextRange[]>;
}

/** Characters of result bodies kept between searches (about 8 MB of text: a few hundred articles). */
const BODY_CACHE_CHARS = 4_000_000;

/** Results returned when the caller gives no limit. */
const DEFAULT_LIMIT = 20;

/** Shown when a wildcard or fuzzy word stood for more words than one search may score. */
const CAPPED_NOTICE =
  'A wildcard or fuzzy word matched too many words; only the most common of them were searched.';
/** Shown when no article had every word. */
export const RELAXED_NOTICE = 'No article has all of these words; showing articles with some of them.';

/**
 * Creates the search service over loaded segments. The segments of each language are searched as one Lunr index
 * over all of their articles, with the query read in that language; with one language (the bundled archive and
 * imported articles are English) that is one Lunr index over everything, and the scores of different languages
 * are merged as they are. Phrase positions are loaded on the first phrase query; bodies only for the results shown.
 */
export function createSearchService(deps: {
  segments: readonly SegmentReader[];
  loadBody(id: string): Promise<string>;
  loadPositions(segment: number): Promise<ArrayBuffer | Uint8Array>;
  /** Counts the benchmarks read; the app passes none. */
  counters?: SearchCounters;
}): SearchService {
  const loadBody = cachedBodies(deps.loadBody, BODY_CACHE_CHARS);
  const metas = deps.segments.flatMap((s) => s.docs);
  const groups = groupByLanguage(deps.segments);
  const facetIndex = new FacetIndex(metas);
  const scoredSoFar = () => groups.reduce((sum, group) => sum + group.set.scored, 0);
  let positions: Promise<void> | undefined;

  const ensurePositions = (): Promise<void> => {
    positions ??= Promise.all(
      deps.segments.map(async (segment, s) => {
        if (!segment.hasPositions) segment.attachPositions(await deps.loadPositions(s));
      }),
    ).then(
      () => undefined,
      (error: unknown) => {
        positions = undefined;
        throw error;
      },
    );
    return positions;
  };

  // Each language's segments are searched as one Lunr index, with the query read in that language.
  const run = (
    plans: readonly (QueryPlan | undefined)[],
    pick: (plan: QueryPlan) => EngineClause[] | undefined,
  ) => {
    let capped = false;
    const lists: MatchList[] = [];
    const ranked: { group: LanguageGroup; evaluation: Evaluation }[] = [];
    // Whether a phrase left out some of what the words matched.
    let narrowed = false;
    groups.forEach((group, g) => {
      const plan = plans[g];
      const clauses = plan && pick(plan);
      if (plan === undefined || clauses === undefined) return;
      const evaluation = evaluate(group.set, clauses, group.analyzer);
      capped ||= evaluation.capped;
      const kept = plan.phrases.reduce(
        (in_, phrase) => filterPhrase(group.set, in_, phrase),
        evaluation.matches,
      );
      lists.push(globalMatches(group, kept));
      ranked.push({ group, evaluation });
      narrowed ||= kept !== evaluation.matches;
    });
    const matches = lists.length === 0 ? MatchList.empty() : MatchList.concat(lists);
    return { matches, capped, ranked, narrowed };
  };

  // The best `limit` of the kept matches, by score then title then id: each language's best, merged.
  const best = (
    ranked: readonly { group: LanguageGroup; evaluation: Evaluation }[],
    kept: MatchList,
    everyMatchKept: boolean,
    limit: number,
  ): Match[] => {
    const order = (a: number, b: number): number =>
      compareCodeUnits(metas[a]!.title, metas[b]!.title) || compareCodeUnits(metas[a]!.id, metas[b]!.id);
    // Nothing filtered out (most searches): every match may rank, and no table of kept documents is made.
    let keptFlags: Uint8Array | undefined;
    if (!everyMatchKept) {
      keptFlags = new Uint8Array(metas.length);
      for (const doc of kept.docs) keptFlags[doc] = 1;
    }
    const found: Match[] = [];
    for (const { group, evaluation } of ranked) {
      const keep =
        keptFlags === undefined ? () => true : (doc: number) => keptFlags[globalDoc(group, doc)] === 1;
      const tiebreak = (a: number, b: number): number => order(globalDoc(group, a), globalDoc(group, b));
      for (const match of evaluation.top(keep, limit, tiebreak)) {
        found.push({ doc: globalDoc(group, match.doc), score: match.score });
      }
    }
    return found.sort((a, b) => b.score - a.score || order(a.doc, b.doc)).slice(0, limit);
  };

  const highlighter = (group: LanguageGroup, plan: QueryPlan) => {
    const { analyzer, set } = group;
    // Each field's matched terms are the expansions of the words searched in it, read from the set's own cache.
    const expansions = SEARCH_FIELDS.map((): MatchedTerms[] => []);
    for (const clause of plan.highlightClauses) {
      const queryTerms = clause.usePipeline ? analyzer.queryTermsOf(clause.term) : [clause.term];
      for (const term of queryTerms) {
        const expanded = set.expand(term, clause.editDistance).terms;
        for (const field of clause.fields)
          expansions[SEARCH_FIELDS.indexOf(field as 'title')]?.push(expanded);
      }
    }
    const terms = expansions.map(unionOfTerms);
    const phrasesIn = (field: number): Phrase[] =>
      plan.phrases.filter((p) => p.fields.includes(SEARCH_FIELDS[field]!));
    const titleMatcher = new WordMatcher(terms[0]!, analyzer);
    const titlePhrases = phrasesIn(0);
    const bodyPhrases = phrasesIn(1);
    return {
      title: (text: string) => highlightRanges(text, titleMatcher, titlePhrases),
      // Bodies tokenized once per service: a new service is made whenever the articles change, so none is stale.
      body: (id: string, text: string) => group.bodyTokens.get(id, text).ranges(terms[1]!, bodyPhrases),
    };
  };

  return {
    async search(query, options = {}) {
      const operators = readOperators(query);
      if (operators.problem !== undefined)
        return { status: 'invalid', query: query.trim(), message: `Check the search: ${operators.problem}.` };
      const planned = planGroups(groups, (analyzer) =>
        planQuery(operators.rest, analyzer, options.typing === true),
      );
      if (!('plans' in planned)) return planned;
      const scoredBefore = scoredSoFar();
      const { plans, first } = planned;
      if (plans.some((plan) => plan !== undefined && plan.phrases.length > 0)) await ensurePositions();
      let { matches, capped, ranked, narrowed } = run(plans, (plan) => plan.clauses);
      let relaxed = false;
      if (matches.length === 0 && plans.some((plan) => plan?.relaxed !== undefined)) {
        ({ matches, capped, ranked, narrowed } = run(plans, (plan) => plan.relaxed));
        relaxed = matches.length > 0;
      }
      const all = matches;
      if (operators.tags !== undefined || operators.before !== undefined || operators.after !== undefined) {
        const tagged = new Map(
          Object.entries(options.tagged ?? {}).map(([tag, ids]) => [tag.toLocaleLowerCase(), new Set(ids)]),
        );
        matches = matches.filter((doc) => keepsArticle(metas[doc]!, operators, tagged));
      }
      const { kept, facets } = facetIndex.apply(
        matches,
        withOperators(options.filters ?? {}, operators, facetIndex.sources),
        new Set(options.annotated ?? []),
      );
      const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
      const highlighters = new Map<number, ReturnType<typeof highlighter>>();
      const highlightOf = (doc: number) => {
        const g = groupOfDoc(groups, doc);
        let found = highlighters.get(g);
        if (found === undefined) highlighters.set(g, (found = highlighter(groups[g]!, plans[g]!)));
        return found;
      };
      const results = await Promise.all(
        best(ranked, kept, !narrowed && kept === all, limit).map(async (match): Promise<SearchResult> => {
          const meta = metas[match.doc]!;
          const highlight = highlightOf(match.doc);
          const body = await loadBody(meta.id);
          const bodyMatches = highlight.body(meta.id, body);
          return {
            meta,
            score: match.score,
            titleHighlights: highlight.title(meta.title),
            bodyMatches,
            snippet: makeSnippet(body, bodyMatches),
          };
        }),
      );
      if (deps.counters) deps.counters.scored += scoredSoFar() - scoredBefore;
      const notices = [
        ...leftOutNotices(leftOutEverywhere(plans)),
        ...(relaxed ? [RELAXED_NOTICE] : []),
        ...(capped ? [CAPPED_NOTICE] : []),
      ];
      // With operators, the heading repeats the whole query as typed, not only its words.
      const shown = hasOperators(operators) ? query.trim() : first.query;
      const response: SearchResponse = {
        status: 'ok',
        query: shown,
        results,
        total: kept.length,
        relaxed,
        notices,
        facets,
      };
      // A word still being typed also matches as a prefix, so only a word that is no prefix of any is corrected.
      if (kept.length === 0 || relaxed) {
        const suggestion = suggestQuery(groups, query.trim());
        if (suggestion !== undefined) response.suggestion = suggestion;
      }
      return response;
    },

    async matchesIn(query, articleId) {
      const doc = facetIndex.docOf(articleId);
      if (doc === undefined) return [];
      const group = groups[groupOfDoc(groups, doc)]!;
      const check = planQuery(readOperators(query).rest, group.analyzer);
      if (check.status !== 'ok') return [];
      return highlighter(group, check.plan).body(articleId, await loadBody(articleId));
    },
  };
}
