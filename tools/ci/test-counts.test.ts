import { describe, expect, it } from 'vitest';
import { closingLine, playwrightCounts, vitestCounts } from './test-counts';

describe('CI test counts', () => {
  it('reads Vitest’s JSON totals, counting todo tests as skipped', () => {
    const report = {
      numTotalTests: 9,
      numPassedTests: 6,
      numFailedTests: 1,
      numPendingTests: 1,
      numTodoTests: 1,
    };
    expect(vitestCounts(report)).toEqual({ passed: 6, failed: 1, skipped: 2 });
  });

  it('reads Playwright’s JSON stats, counting a flaky test as failed', () => {
    const report = { stats: { expected: 114, unexpected: 1, flaky: 2, skipped: 112, duration: 1 } };
    expect(playwrightCounts(report)).toEqual({ passed: 114, failed: 3, skipped: 112 });
  });

  it('refuses a file that is not the report it should be', () => {
    expect(() => vitestCounts({ stats: {} })).toThrow(/Vitest/);
    expect(() => playwrightCounts({ numTotalTests: 3 })).toThrow(/Playwright/);
  });

  it('adds the suites up, and a failed run with no failing test still counts one failure', () => {
    const unit = { passed: 800, failed: 0, skipped: 1 };
    expect(closingLine([unit, { passed: 114, failed: 0, skipped: 112 }], 0)).toBe(
      'tests: 914 passed, 0 failed, 113 skipped',
    );
    expect(closingLine([unit, undefined], 2)).toBe('tests: 800 passed, 1 failed, 1 skipped');
    expect(closingLine([unit, { passed: 100, failed: 3, skipped: 0 }], 1)).toBe(
      'tests: 900 passed, 3 failed, 1 skipped',
    );
  });
});
