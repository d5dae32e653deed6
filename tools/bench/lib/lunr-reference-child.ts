// Lunr's answers to the benchmark's queries, worked out in a process of their own: at 50,000 articles Lunr's
// index needs about 12 GB of heap, more than fits beside the benchmark's own process on a 24 GiB machine. The
// parent writes a job file (which articles, in which order, and the queries); this writes each query's top ids.
import { readFile, writeFile } from 'node:fs/promises';
import type { Article } from '../../../archive/core/articles/article';
import { TermAnalyzer } from '../../../archive/core/search';
import { planQuery } from '../../../archive/core/search';
import { LunrReference, planKey, type ReferenceAnswer, type ReferenceJob } from './agreement';
import { benchArticles } from './corpus';

const [jobFile, answerFile] = process.argv.slice(2);
if (jobFile === undefined || answerFile === undefined)
  throw new Error('usage: lunr-reference-child <job> <answer>');
const job = JSON.parse(await readFile(jobFile, 'utf8')) as ReferenceJob;
const byId = new Map<string, Article>();
for (const part of job.parts) {
  for (const article of benchArticles(part.count, part.seed)) {
    const id = `${part.idPrefix}${article.id}`;
    byId.set(id, { ...article, id });
  }
}
const inOrder = job.order.map((id) => {
  const article = byId.get(id);
  if (article === undefined) throw new Error(`The job names an article the parts do not make: ${id}`);
  return article;
});
byId.clear();
process.stderr.write(`   Lunr reference: indexing ${inOrder.length} articles\n`);
const started = performance.now();
const reference = new LunrReference(inOrder);
const buildMs = performance.now() - started;
const analyzer = new TermAnalyzer();
const tops: [string, string[]][] = [];
for (const [i, { query, typing }] of job.queries.entries()) {
  if (i % 40 === 0) process.stderr.write(`   Lunr reference: query ${i + 1} of ${job.queries.length}\n`);
  const check = planQuery(query, analyzer, typing);
  if (check.status === 'ok') tops.push([planKey(check.plan), reference.top(check.plan)]);
}
await writeFile(answerFile, JSON.stringify({ buildMs, tops } satisfies ReferenceAnswer));
