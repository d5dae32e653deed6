import { defineConfig } from '@playwright/test';
import { findElectronBinary, type ElectronBinaryStatus } from './tools/dev/electron-binary';

const AUDIT_PORT = 4322;
const electronBinary = findElectronBinary();

/**
 * The network audit's session (e2e/audit/*.audit.ts), run by tools/audit/audit-network.ts: one worker, the browser
 * build on its own port, and the desktop app where an Electron binary exists.
 */
export default defineConfig<{ appTarget: 'chromium' | 'electron'; electronBinary: ElectronBinaryStatus }>({
  testDir: 'e2e/audit',
  testMatch: '**/*.audit.ts',
  outputDir: 'test-results/audit-runs',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'chromium', use: { appTarget: 'chromium', baseURL: `http://127.0.0.1:${AUDIT_PORT}/` } },
    { name: 'electron', use: { appTarget: 'electron', electronBinary } },
  ],
  webServer: {
    command: `tsx tools/dev/preview.ts --port ${AUDIT_PORT} --no-open`,
    url: `http://127.0.0.1:${AUDIT_PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    timeout: 30_000,
  },
});
