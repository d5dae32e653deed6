import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  _electron,
  chromium,
  test as base,
  type BrowserContext,
  type Download,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from './support/chromium-args';
import { foreignRequests } from './support/network-guard';

/** Whether the Electron binary can be launched here, and if not, why (set per project in playwright.config.ts). */
export type ElectronBinaryStatus = { ok: true; path: string } | { ok: false; reason: string };

/** The running app as a test sees it: its window, a way to restart it on the same profile, and its origin. */
export interface AppHandle {
  /** The app's window; replaced by restart(), so read it again afterwards. */
  readonly page: Page;
  /** Closes the app and launches it again on the same profile, to test what survives a restart. */
  restart(): Promise<Page>;
  /** The only origin the app may load from: http://127.0.0.1:4321 in Chromium, app://airgap in Electron. */
  readonly ownOrigin: string;
  /** The Electron main-process handle (for stubbing dialogs); undefined in the Chromium project. */
  readonly electronApp: ElectronApplication | undefined;
  /** Every URL requested so far by any page or worker of the app, across restarts. */
  recordedRequests(): string[];
}

interface AppOptions {
  appTarget: 'chromium' | 'electron';
  electronBinary: ElectronBinaryStatus;
  /** Exact foreign URLs this test provokes on purpose; any other foreign request still fails it. */
  allowForeign: readonly string[];
  /** Command-line switches added to the browser or Electron launch (the network audit adds its netlog here). */
  extraArgs: readonly string[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_MAIN = path.join(repoRoot, 'dist', 'electron', 'main.cjs');
const ELECTRON_ORIGIN = 'app://airgap';
function definedEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

const UNGUARDED =
  "is not recorded by the network guard; use the `app` fixture's app.page (and app.page.context()) instead.";

type Launched = { context: BrowserContext; page: Page; electronApp: ElectronApplication | undefined };

/** Playwright's test with an `app` fixture: a fresh profile per test and a guard failing any off-origin request. */
export const test = base.extend<AppOptions & { app: AppHandle }>({
  appTarget: ['chromium', { option: true }],
  electronBinary: [
    { ok: false, reason: 'no electronBinary option in playwright.config.ts' },
    { option: true },
  ],
  allowForeign: [[], { option: true }],
  extraArgs: [[], { option: true }],

  // Playwright's own page and context would open an unguarded browser outside the fresh profile.
  // eslint-disable-next-line no-empty-pattern
  page: async ({}, _use) => {
    throw new Error(`The built-in page fixture ${UNGUARDED}`);
  },
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, _use) => {
    throw new Error(`The built-in context fixture ${UNGUARDED}`);
  },

  app: async (
    { appTarget, electronBinary, allowForeign, extraArgs, baseURL, viewport, headless },
    use,
    testInfo,
  ) => {
    if (appTarget === 'electron') {
      testInfo.skip(
        !electronBinary.ok,
        `Electron binary not installed on this machine (${electronBinary.ok ? '' : electronBinary.reason}); ` +
          'these specs run in Electron where `npx electron --version` works',
      );
      if (!existsSync(ELECTRON_MAIN))
        throw new Error(`${ELECTRON_MAIN} is missing: run npm run build first.`);
    }
    const ownOrigin =
      appTarget === 'electron' ? ELECTRON_ORIGIN : new URL(baseURL ?? 'http://127.0.0.1:4321/').origin;
    const profileDir = testInfo.outputPath('profile');
    const requests: string[] = [];

    const record = (context: BrowserContext): void => {
      context.on('request', (request) => requests.push(request.url()));
      // WebSockets never show up as requests, so each page reports its own.
      const watch = (page: Page): void => void page.on('websocket', (ws) => requests.push(ws.url()));
      context.pages().forEach(watch);
      context.on('page', watch);
    };

    const launch = async (): Promise<Launched> => {
      if (appTarget === 'electron') {
        const electronApp = await _electron.launch({
          ...(electronBinary.ok ? { executablePath: electronBinary.path } : {}),
          args: [...extraArgs, ELECTRON_MAIN],
          cwd: repoRoot,
          env: { ...definedEnv(), AIRGAP_PROFILE_DIR: profileDir },
          acceptDownloads: true,
        });
        record(electronApp.context());
        const page = await electronApp.firstWindow();
        await page.waitForLoadState('domcontentloaded');
        return { context: electronApp.context(), page, electronApp };
      }
      const context = await chromium.launchPersistentContext(profileDir, {
        ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
        args: [...CHROMIUM_ARGS, ...extraArgs],
        headless,
        viewport,
        acceptDownloads: true,
        permissions: ['clipboard-read', 'clipboard-write'],
        baseURL: `${ownOrigin}/`,
      });
      record(context);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${ownOrigin}/`);
      return { context, page, electronApp: undefined };
    };

    const close = async (running: Launched): Promise<void> => {
      await (running.electronApp ? running.electronApp.close() : running.context.close());
    };

    let current = await launch();
    const handle: AppHandle = {
      get page() {
        return current.page;
      },
      get electronApp() {
        return current.electronApp;
      },
      ownOrigin,
      recordedRequests: () => [...requests],
      restart: async () => {
        await close(current);
        current = await launch();
        return current.page;
      },
    };

    await use(handle);

    await close(current);
    if (testInfo.status === testInfo.expectedStatus) await rm(profileDir, { recursive: true, force: true });
    const unexpected = foreignRequests(requests, ownOrigin).filter((url) => !allowForeign.includes(url));
    if (unexpected.length > 0) {
      throw new Error(
        `The app made ${unexpected.length} request(s) outside ${ownOrigin}:\n` +
          unexpected.map((url) => `  - ${url}`).join('\n'),
      );
    }
  },
});

/** Playwright's expect, re-exported so specs import everything from this one module. */
export { expect } from '@playwright/test';

/** The text content of a finished download (an export, a saved note), read as UTF-8. */
export async function readDownload(download: Download): Promise<string> {
  const failure = await download.failure();
  if (failure !== null) throw new Error(`Download of ${download.suggestedFilename()} failed: ${failure}`);
  return readFile(await download.path(), 'utf8');
}
