import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../../e2e/support/chromium-args';
import { parseNetlog, summariseNetlog } from './netlog';

const OWN = 'http://127.0.0.1:4322';
const constants = {
  logEventTypes: {
    URL_REQUEST_START_JOB: 1,
    HOST_RESOLVER_MANAGER_REQUEST: 2,
    TCP_CONNECT_ATTEMPT: 3,
    TCP_CONNECT: 4,
    UDP_CONNECT: 5,
    SOCKET_BYTES_SENT: 6,
    UDP_BYTES_SENT: 7,
  },
  logSourceType: {
    URL_REQUEST: 1,
    TRANSPORT_CONNECT_JOB: 2,
    NETWORK_QUALITY_ESTIMATOR: 3,
    SOCKET: 4,
    UDP_SOCKET: 5,
  },
};
const ev = (type: number, source: [number, number], params: Record<string, unknown>) => ({
  type,
  source: { id: source[0], type: source[1] },
  params,
});

describe('summariseNetlog', () => {
  it('tells the app’s requests and lookups from the browser’s own, and counts bytes to foreign addresses', () => {
    const log = parseNetlog(
      JSON.stringify({
        constants,
        events: [
          ev(1, [1, 1], { url: `${OWN}/`, initiator: 'not an origin' }),
          ev(1, [2, 1], { url: `${OWN}/assets/a.js`, initiator: OWN }),
          ev(1, [3, 1], { url: 'https://tracker.example/p.png', initiator: OWN, network_isolation_key: 'x' }),
          ev(1, [4, 1], { url: 'https://worker.example/', initiator: OWN }),
          // The browser's own, though its isolation key names the same loopback site as the app.
          ev(1, [5, 1], {
            url: 'http://127.0.0.1:9/ListAccounts',
            initiator: 'not an origin',
            network_isolation_key: 'http://127.0.0.1 http://127.0.0.1',
          }),
          ev(2, [12, 2], {
            host: 'https://~notfound',
            network_anonymization_key: 'http://127.0.0.10 same_site',
          }),
          ev(2, [6, 2], {
            host: 'https://~notfound',
            network_anonymization_key: 'http://127.0.0.1 same_site',
          }),
          ev(2, [6, 3], {
            host: 'https://~notfound',
            network_anonymization_key: 'http://127.0.0.1 same_site',
          }),
          ev(2, [7, 2], {
            host: 'https://~notfound',
            network_anonymization_key: 'https://google.com same_site',
          }),
          ev(2, [8, 2], {
            host: 'http://127.0.0.1:4322',
            network_anonymization_key: 'http://127.0.0.1 same_site',
          }),
          ev(3, [9, 4], { address: '192.0.2.1:443' }),
          ev(4, [9, 4], { remote_address: '192.0.2.1:443' }),
          ev(6, [9, 4], { byte_count: 517 }),
          ev(5, [10, 5], { address: '[2001:4860:4860::8888]:443' }),
          ev(3, [11, 4], { address: '127.0.0.1:4322' }),
          ev(6, [11, 4], { byte_count: 300 }),
        ],
      }),
    );
    expect(summariseNetlog(log, OWN)).toEqual({
      ownRequests: 2,
      appForeign: ['https://tracker.example/p.png', 'https://worker.example/'],
      browserOwn: ['http://127.0.0.1:9/ListAccounts'],
      appLookups: ['https://~notfound'],
      browserLookups: ['https://~notfound', 'https://~notfound'],
      foreignConnects: ['192.0.2.1:443', '[2001:4860:4860::8888]:443'],
      bytesToForeign: 517,
    });
  });

  it('reads a netlog Chromium left unfinished, and refuses a file that is not one', () => {
    const text = JSON.stringify({ constants, events: [ev(1, [1, 1], { url: `${OWN}/` })] });
    expect(summariseNetlog(parseNetlog(`${text.slice(0, -2)},`), OWN).ownRequests).toBe(1);
    expect(() => parseNetlog('{"events": []}')).toThrow(/not a Chromium netlog/);
  });

  // A real Chromium on a page that loads a foreign image: the parser must call it the app's, not the browser's.
  it('finds a real page’s foreign request and lookup in a real netlog', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'airgap-netlog-'));
    const server = http.createServer((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<img src="http://tracker.example/pixel.png">'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const own = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const netlog = path.join(dir, 'netlog.json');
    const browser = await chromium.launch({
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args: [...CHROMIUM_ARGS, `--log-net-log=${netlog}`, '--net-log-capture-mode=Everything'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${own}/`);
      await page.waitForLoadState('networkidle');
    } finally {
      await browser.close();
      server.close();
    }
    const summary = summariseNetlog(parseNetlog(await readFile(netlog, 'utf8')), own);
    await rm(dir, { recursive: true, force: true });
    expect(summary.ownRequests).toBeGreaterThan(0);
    expect(summary.appForeign).toContain('http://tracker.example/pixel.png');
    expect(summary.appLookups.length).toBeGreaterThan(0);
    expect(summary.bytesToForeign).toBe(0);
  }, 30_000);
});
