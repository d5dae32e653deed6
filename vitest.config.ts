import { defineConfig } from 'vitest/config';

export default defineConfig({
  // ZIM fixtures are imported as data URLs (`?inline`), so the pure core's tests read them without node:fs.
  assetsInclude: ['**/*.zim', '**/*.zst'],
  test: {
    include: [
      'e2e/**/*.test.ts',
      'archive/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.ts',
      'tools/**/*.test.ts',
    ],
    environment: 'node',
    // A guard against a hung test, not a speed check (speed is the benchmarks' job): tests that load a corpus
    // take 2 s alone and over 5 s on a 2-core machine that is also running the e2e suite.
    testTimeout: 30_000,
    // The JSON report is what CI counts (tools/ci/summary.ts); the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
