// Lunr's answers to a benchmark's queries, from tools/bench/lib/lunr-reference-child.ts run in a process of its
// own: Lunr's index with the app's pipeline needs about 12 GB of heap (19 GB of RSS) at 50,000 articles, so it
// never shares a heap with the benchmark.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReferenceAnswer, ReferenceJob } from './agreement';
import { ranOutOfMemory } from './bench-archive';
import { runMeasured } from './stats';

/** Heap for the process that builds Lunr's reference index. */
export const REFERENCE_HEAP_MB = 20_000;

/**
 * Runs the job in a child process with room for Lunr's index (job and answer pass through files in `workDir`)
 * and returns Lunr's answers with the child's peak resident memory.
 */
export async function lunrAnswers(
  job: ReferenceJob,
  workDir: string,
): Promise<ReferenceAnswer & { peakBytes: number }> {
  const jobFile = join(workDir, 'reference-job.json');
  const answerFile = join(workDir, 'reference-answer.json');
  await writeFile(jobFile, JSON.stringify(job));
  let peakBytes: number;
  try {
    peakBytes = runMeasured(process.execPath, [
      `--max-old-space-size=${REFERENCE_HEAP_MB}`,
      '--import',
      'tsx',
      'tools/bench/lib/lunr-reference-child.ts',
      jobFile,
      answerFile,
    ]).peakBytes;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!ranOutOfMemory(message)) throw error;
    throw new Error('Lunr’s reference index ran out of memory: check agreement at fewer articles.', {
      cause: error,
    });
  }
  const answer = JSON.parse(await readFile(answerFile, 'utf8')) as ReferenceAnswer;
  await rm(answerFile);
  return { ...answer, peakBytes };
}
