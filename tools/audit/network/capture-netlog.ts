import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../../../e2e/support/chromium-args';

/** What one live capture gives: the page's origin, the netlog's text, and the requests the page saw fail. */
export interface NetlogCapture {
  ownOrigin: string;
  netlogText: string;
  /** "url error" for each request the page saw fail, e.g. "http://tracker.example/pixel.png net::ERR_NAME_NOT_RESOLVED". */
  failedRequests: string[];
  browserVersion: string;
}

/** The foreign image the capture's page asks for: the request the netlog must show as the app's. */
export const FOREIGN_PIXEL = 'http://tracker.example/pixel.png';

/**
 * Serves a page with one foreign image on loopback, opens it in the project's Chromium with its usual offline
 * flags and a netlog (capture mode Everything), and returns the recording. Shared by the parser's live test and
 * the script that records its fixture, so both see the same session.
 */
export async function captureForeignImageNetlog(): Promise<NetlogCapture> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'airgap-netlog-'));
  const server = http.createServer((_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<img src="${FOREIGN_PIXEL}">`),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const ownOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const netlog = path.join(dir, 'netlog.json');
  const failedRequests: string[] = [];
  try {
    const browser = await chromium.launch({
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args: [...CHROMIUM_ARGS, `--log-net-log=${netlog}`, '--net-log-capture-mode=Everything'],
    });
    const browserVersion = browser.version();
    try {
      const page = await browser.newPage();
      page.on('requestfailed', (r) => failedRequests.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
      const failed = page.waitForEvent('requestfailed', (r) => r.url() === FOREIGN_PIXEL);
      await page.goto(`${ownOrigin}/`);
      // The user-visible end of the story: the image's request has failed (never a fixed wait).
      await failed;
    } finally {
      await browser.close();
    }
    return { ownOrigin, netlogText: await readFile(netlog, 'utf8'), failedRequests, browserVersion };
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
