import type lunr from 'lunr';
import { plainText, type Article } from '../../archive/core/article';
import { forEachToken, TermAnalyzer } from '../../archive/core/engine/analyzer';
import { buildLunrReference, queryLunrReference } from '../../archive/core/engine/lunr-reference';
import { planQuery, type Phrase, type QueryPlan } from '../../archive/core/engine/query-plan';
import type { SearchService } from '../../archive/core/search';

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
export class LunrReference {
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

/** Runs each query through the app's search and through Lunr and compares the top results in order. */
export async function checkAgreement(
  service: SearchService,
  reference: LunrReference,
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
