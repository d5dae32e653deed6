import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/** Whether the Electron binary can be launched here, and if not, why; mirrors the option in e2e/fixtures.ts. */
type ElectronBinaryStatus = { ok: true; path: string } | { ok: false; reason: string };

// Stand-in until scripts/electron-binary.ts lands. It reads what the electron package's postinstall recorded
// instead of require('electron'), which would try to download the binary when it is missing.
function electronBinary(): ElectronBinaryStatus {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile))
    return { ok: false, reason: `${pathFile} is missing: its download never happened` };
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { ok: true, path: binary } : { ok: false, reason: `${binary} does not exist` };
}

const PREVIEW_PORT = 4321;

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
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
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
      use: { appTarget: 'electron', electronBinary: electronBinary() },
    },
  ],
  webServer: {
    command: `tsx scripts/preview.ts --port ${PREVIEW_PORT} --no-open`,
    url: `http://127.0.0.1:${PREVIEW_PORT}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
    timeout: 30_000,
  },
});
