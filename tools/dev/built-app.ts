// The built renderer served on loopback and a headless system Chromium, with a scratch folder, for scripts that
// drive the real app (benchmarks, screenshots); everything is closed and removed when the run ends.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../../e2e/support/chromium-args';
import { startStaticServer } from './static-server';

/** Runs `use` with a browser, the URL of `renderer` served on 127.0.0.1, and an empty scratch folder. */
export async function withBuiltApp<T>(
  renderer: string,
  use: (app: { browser: Browser; url: string; scratch: string }) => Promise<T>,
): Promise<T> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'airgap-built-app-'));
  const server = await startStaticServer({ root: renderer });
  try {
    const browser = await chromium.launch({
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args: [...CHROMIUM_ARGS],
      headless: true,
    });
    try {
      return await use({ browser, url: server.url, scratch });
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
