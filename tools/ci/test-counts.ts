/** Counts of one test suite, read from its runner's machine-readable report. */
export interface SuiteCounts {
  passed: number;
  failed: number;
  skipped: number;
}

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** Reads Vitest's JSON reporter output (its Jest-compatible totals); throws on anything else. */
export function vitestCounts(report: unknown): SuiteCounts {
  const r = report as Record<string, unknown> | null;
  if (!r || typeof r.numTotalTests !== 'number') throw new Error('not a Vitest JSON report');
  return {
    passed: count(r.numPassedTests),
    failed: count(r.numFailedTests),
    skipped: count(r.numPendingTests) + count(r.numTodoTests),
  };
}

/** Reads Playwright's JSON reporter output; a flaky test (passed only on a retry) counts as failed. */
export function playwrightCounts(report: unknown): SuiteCounts {
  const stats = (report as { stats?: Record<string, unknown> } | null)?.stats;
  if (!stats || typeof stats.expected !== 'number') throw new Error('not a Playwright JSON report');
  return {
    passed: count(stats.expected),
    failed: count(stats.unexpected) + count(stats.flaky),
    skipped: count(stats.skipped),
  };
}

/**
 * The closing line CI prints: both suites added up. A run that failed (non-zero exit) but counted no failing
 * test failed elsewhere (typecheck, lint, an audit, a suite that never reported), and counts as one failure.
 */
export function closingLine(suites: readonly (SuiteCounts | undefined)[], exitCode: number): string {
  const sum = (key: keyof SuiteCounts): number => suites.reduce((n, s) => n + (s?.[key] ?? 0), 0);
  const failed = exitCode !== 0 ? Math.max(1, sum('failed')) : sum('failed');
  return `tests: ${sum('passed')} passed, ${failed} failed, ${sum('skipped')} skipped`;
}
