import { defineConfig } from '@playwright/test';
import { findElectronBinary, type ElectronBinaryStatus } from './tools/dev/electron-binary';

const PREVIEW_PORT = 4321;
const electronBinary = findElectronBinary();

// Printed once by the runner (not by each worker), since the list reporter does not show skip reasons.
if (!electronBinary.ok && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(
    `electron project skipped: ${electronBinary.reason}. The same specs run there where the binary exists.`,
  );
}

/** Runs every e2e spec twice: in a locked-down Chromium against the preview server, and in the Electron app. */
export default defineConfig<{ appTarget: 'chromium' | 'electron'; electronBinary: ElectronBinaryStatus }>({
  testDir: 'e2e',
  // e2e/**/*.test.ts are Vitest unit tests of the support code; only specs are Playwright's.
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  // The JSON report is what CI counts (tools/ci/summary.ts); the list is for people.
  reporter: [
    ['list'],
    ['html', { outputFolder: 'playwright-report', open: 'never' }],
    ['json', { outputFile: 'reports/e2e.json' }],
  ],
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { appTarget: 'chromium', baseURL: `http://127.0.0.1:${PREVIEW_PORT}/` },
    },
    {
      name: 'electron',
      use: { appTarget: 'electron', electronBinary },
      // Specs that need a browser tab, which the desktop app forbids by design.
      grepInvert: /@browser-only/,
    },
  ],
  webServer: {
    command: `tsx tools/dev/preview.ts --port ${PREVIEW_PORT} --no-open`,
    url: `http://127.0.0.1:${PREVIEW_PORT}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
    timeout: 30_000,
  },
});
