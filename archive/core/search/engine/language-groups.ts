import { TermAnalyzer } from './analyzer';
import { BodyTokenCache } from './body-tokens';
import { SegmentSet } from './segment-set';
import type { MatchList } from './match-list';
import type { SearchLanguage } from '../language-tags';
import type { LeftOut, PlanCheck, QueryPlan } from './query-plan';
import type { SegmentReader } from './segment-reader';

/**
 * The segments of one language, searched as one Lunr index with that language's pipeline: a French library's
 * words were stemmed and stop-listed in French, so a query must be read in French to find them, while the same
 * query is read in English over the bundled archive.
 */
export interface LanguageGroup {
  analyzer: TermAnalyzer;
  set: SegmentSet;
  /** Where each of the group's segments starts in the numbering across all segments, in the group's order. */
  globalBases: readonly number[];
  /** Whether the group's numbering is the numbering across all segments (one language: nothing to renumber). */
  identity: boolean;
  bodyTokens: BodyTokenCache;
}

/**
 * Groups segments by language, in order of first appearance; every segment is in exactly one group. With no
 * segments there is one empty English group, so queries are still read and checked.
 */
export function groupByLanguage(segments: readonly SegmentReader[]): LanguageGroup[] {
  const members = new Map<SearchLanguage, { segment: SegmentReader; base: number }[]>();
  let base = 0;
  for (const segment of segments) {
    let list = members.get(segment.language);
    if (list === undefined) members.set(segment.language, (list = []));
    list.push({ segment, base });
    base += segment.docCount;
  }
  if (members.size === 0) members.set('en', []);
  return [...members].map(([language, list]) => {
    const analyzer = new TermAnalyzer(language);
    const set = new SegmentSet(list.map((m) => m.segment));
    const globalBases = list.map((m) => m.base);
    return {
      analyzer,
      set,
      globalBases,
      identity: globalBases.every((b, s) => b === set.bases[s]),
      bodyTokens: new BodyTokenCache(analyzer),
    };
  });
}

/**
 * Finds the group of a document numbered across all segments: segment starts are compared, never a table per
 * document (a library of millions of pages would pay for one on every change).
 */
export function groupOfDoc(groups: readonly LanguageGroup[], doc: number): number {
  for (let g = 0; g < groups.length; g++) {
    const { set, globalBases } = groups[g]!;
    for (let s = 0; s < globalBases.length; s++) {
      const first = globalBases[s]!;
      if (doc >= first && doc < first + set.segments[s]!.docCount) return g;
    }
  }
  return -1;
}

/** A query read in each group's language: the plan of each group that can search it (undefined where not). */
export interface GroupPlans {
  plans: (QueryPlan | undefined)[];
  /** A plan of any group, for what does not depend on language (the query as typed, its phrases' text). */
  first: QueryPlan;
}

/**
 * Reads a query in every group's language. A query that no group can search (a syntax error, or only words too
 * common in every language) gives the first group's answer; one that some groups can search runs in those.
 */
export function planGroups(
  groups: readonly LanguageGroup[],
  plan: (analyzer: TermAnalyzer) => PlanCheck,
): GroupPlans | Exclude<PlanCheck, { status: 'ok' }> {
  const checks = groups.map((group) => plan(group.analyzer));
  const plans = checks.map((check) => (check.status === 'ok' ? check.plan : undefined));
  const first = plans.find((p) => p !== undefined);
  if (first === undefined) return checks[0] as Exclude<PlanCheck, { status: 'ok' }>;
  return { plans, first };
}

/** Words left out in every language the query ran in (a word common in French is still searched in English). */
export function leftOutEverywhere(plans: readonly (QueryPlan | undefined)[]): LeftOut {
  const ran = plans.filter((p): p is QueryPlan => p !== undefined);
  const inAll = (pick: (l: LeftOut) => string[]) =>
    pick(ran[0]!.leftOut).filter((word) => ran.every((p) => pick(p.leftOut).includes(word)));
  return { common: inAll((l) => l.common), symbols: inAll((l) => l.symbols) };
}

/** A document of a group's set numbered across all segments. */
export function globalDoc(group: LanguageGroup, doc: number): number {
  if (group.identity) return doc;
  const { bases } = group.set;
  // The last segment starting at or before the document: a binary search over the group's few segments.
  let low = 0;
  let high = bases.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (bases[middle]! <= doc) low = middle;
    else high = middle - 1;
  }
  return doc - bases[low]! + group.globalBases[low]!;
}

/** Renumbers a group's matches across all segments. */
export function globalMatches(group: LanguageGroup, matches: MatchList): MatchList {
  return group.identity ? matches : matches.mapDocs((doc) => globalDoc(group, doc));
}
