import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'e2e/**/*.test.ts',
      'archive/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // The JSON report is what CI counts (scripts/ci/summary.ts); the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
