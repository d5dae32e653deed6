import lunr from 'lunr';
import { plainText, type Article } from '../../articles/article';
import { compareCodeUnits } from '../../articles/text-range';
import { FIELD_BOOSTS, indexPipeline, lunrTokenizer, searchPipeline } from './analyzer';
import type { SearchLanguage } from '../language-tags';
import type { EngineClause } from './evaluate';

/**
 * The definition of search the engine is checked against: a `lunr.Index` built with the app's tokenizer and
 * pipelines for the archive's language over articles added in the given order (the engine numbers terms in the
 * same first-seen order).
 */
export function buildLunrReference(
  articles: Iterable<Article>,
  withPositions = false,
  language: SearchLanguage = 'en',
): lunr.Index {
  return lunr(function () {
    this.tokenizer = lunrTokenizer;
    this.pipeline.reset();
    this.pipeline.add(...indexPipeline(language));
    this.searchPipeline.reset();
    this.searchPipeline.add(...searchPipeline(language));
    this.ref('id');
    this.field('title', { boost: FIELD_BOOSTS.title });
    this.field('body');
    if (withPositions) this.metadataWhitelist = ['position'];
    for (const article of articles)
      this.add({ id: article.id, title: article.title, body: plainText(article.blocks) });
  });
}

/** Lunr's results for parsed clauses, sorted as the app sorts hits: score, then title, then id. */
export function queryLunrReference(
  index: lunr.Index,
  clauses: readonly EngineClause[],
  titleOf: (id: string) => string,
): { id: string; score: number }[] {
  // lunr rewrites clause terms while it runs, so every run gets fresh copies.
  const results = index.query((q) =>
    clauses.forEach((c) => q.clause({ ...c, fields: [...c.fields] } as lunr.Query.Clause)),
  );
  return results
    .map((r) => ({ id: r.ref, score: r.score }))
    .sort(
      (a, b) =>
        b.score - a.score || compareCodeUnits(titleOf(a.id), titleOf(b.id)) || compareCodeUnits(a.id, b.id),
    );
}

/** Articles sorted by id: the order both the engine's build and the reference add them in. */
export function byId(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => compareCodeUnits(a.id, b.id));
}
