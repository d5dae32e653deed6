import type lunr from 'lunr';
import { plainText, type Article } from '../../../archive/core/articles/article';
import { forEachToken, TermAnalyzer } from '../../../archive/core/search';
import { buildLunrReference, queryLunrReference } from '../../../archive/core/search';
import { planQuery, type Phrase, type QueryPlan } from '../../../archive/core/search';
import type { SearchService } from '../../../archive/core/search';

/** How many of the top results must agree, in order. */
export const AGREEMENT_DEPTH = 10;

/** A query whose top results differ from Lunr's, for the benchmark to list. */
export interface Difference {
  query: string;
  app: string[];
  lunr: string[];
}

/** The outcome of checking a set of queries against Lunr. */
export interface Agreement {
  checked: number;
  identical: number;
  /** Queries a cap cut short (their results are not Lunr's by design), left out of `checked`. */
  capped: number;
  differences: Difference[];
}

/**
 * The reference Lunr gives for a query plan: the same parsed clauses run by `lunr.Index#query`, the looser form
 * when nothing matches all words (as the app falls back), and quoted phrases checked in the article text itself
 * (not through the engine's positions file), then the app's order for ties.
 */
export class LunrReference implements Reference {
  private readonly index: lunr.Index;
  private readonly byId: Map<string, Article>;
  private readonly analyzer = new TermAnalyzer();

  /** Builds Lunr over the articles in the order given (the order the app's segments number them). */
  constructor(articles: readonly Article[]) {
    this.index = buildLunrReference(articles);
    this.byId = new Map(articles.map((a) => [a.id, a]));
  }

  /** Lunr's top ids for a plan. */
  top(plan: QueryPlan, depth = AGREEMENT_DEPTH): string[] {
    const titleOf = (id: string) => this.byId.get(id)?.title ?? '';
    const run = (clauses: QueryPlan['clauses']) =>
      queryLunrReference(this.index, clauses, titleOf).filter((hit) =>
        plan.phrases.every((p) => this.holds(hit.id, p) !== p.excluded),
      );
    let hits = run(plan.clauses);
    if (hits.length === 0 && plan.relaxed !== undefined) hits = run(plan.relaxed);
    return hits.slice(0, depth).map((hit) => hit.id);
  }

  private holds(id: string, phrase: Phrase): boolean {
    const article = this.byId.get(id);
    if (article === undefined) return false;
    const texts = { title: article.title, body: plainText(article.blocks) };
    return phrase.fields.some((field) => {
      const stems: (string | undefined)[] = [];
      forEachToken(
        texts[field as 'title' | 'body'],
        (t) => (stems[t.index] = this.analyzer.termsOf(t.word)[0]),
      );
      return stems.some((_, at) => phrase.items.every((item) => stems[at + item.offset] === item.stem));
    });
  }
}

/** What the parent asks: articles regenerated from (count, seed), ids renamed, in the app's order. */
export interface ReferenceJob {
  /** Article sets to index together, each regenerated as `benchArticles(count, seed)` with `idPrefix` added. */
  parts: { count: number; seed: number; idPrefix: string }[];
  /** Every article id in the order the app's segments number them. */
  order: string[];
  queries: { query: string; typing: boolean }[];
}

/** What the child answers: Lunr's top ids per plan key, and how long Lunr took to build. */
export interface ReferenceAnswer {
  buildMs: number;
  tops: [string, string[]][];
}

/** Anything that gives Lunr's top ids for a plan: Lunr in this process, or its answers from another. */
export interface Reference {
  top(plan: QueryPlan): string[];
}

/** The key a plan's answer is stored under when Lunr runs in another process. */
export function planKey(plan: QueryPlan): string {
  return JSON.stringify([plan.clauses, plan.phrases, plan.relaxed ?? null]);
}

/** Lunr's answers worked out in another process (tools/bench/lib/lunr-reference-child.ts), looked up by plan. */
export class AnsweredReference implements Reference {
  private readonly tops: Map<string, string[]>;

  constructor(tops: Iterable<[string, string[]]>) {
    this.tops = new Map(tops);
  }

  /** Lunr's top ids for a plan; throws for a plan the other process was not asked about. */
  top(plan: QueryPlan): string[] {
    const top = this.tops.get(planKey(plan));
    if (top === undefined) throw new Error(`No reference answer for ${plan.query}`);
    return top;
  }
}

/** Runs each query through the app's search and through Lunr and compares the top results in order. */
export async function checkAgreement(
  service: SearchService,
  reference: Reference,
  queries: readonly { query: string; typing: boolean }[],
): Promise<Agreement> {
  const analyzer = new TermAnalyzer();
  const result: Agreement = { checked: 0, identical: 0, capped: 0, differences: [] };
  for (const { query, typing } of queries) {
    const check = planQuery(query, analyzer, typing);
    const response = await service.search(query, { typing, limit: AGREEMENT_DEPTH });
    if (check.status !== 'ok' || response.status !== 'ok') continue;
    if (response.notices.some((n) => n.includes('too many'))) {
      result.capped++;
      continue;
    }
    result.checked++;
    const app = response.results.map((r) => r.meta.id);
    const lunr = reference.top(check.plan);
    if (app.join() === lunr.join()) result.identical++;
    else result.differences.push({ query, app, lunr });
  }
  return result;
}
