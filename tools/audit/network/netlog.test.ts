import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostOf } from './addresses';
import { captureForeignImageNetlog, FOREIGN_PIXEL } from './capture-netlog';
import { parseNetlog, summariseNetlog, trimNetlog } from './netlog';

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

  it('counts a lookup logged only as a resolver task inside a connect job, once per job', () => {
    const types = {
      ...constants.logEventTypes,
      SOCKET_POOL_CONNECT_JOB_CREATED: 8,
      HOST_RESOLVER_MANAGER_TASK_SEQUENCE_CREATED: 9,
    };
    const log = parseNetlog(
      JSON.stringify({
        constants: { ...constants, logEventTypes: types },
        events: [
          ev(8, [20, 2], { group_id: 'pmpsa/http://tracker.example <http://127.0.0.1 same_site>' }),
          ev(9, [20, 2], { tasks: [4, 9, 1, 0] }),
          ev(8, [21, 2], { group_id: 'pm/https://update.example <null>' }),
          ev(9, [21, 2], { tasks: [4, 9, 1, 0] }),
          // Loopback is never a lookup to count; a job that resolved nothing is no lookup.
          ev(8, [22, 2], { group_id: 'http://127.0.0.1:4322 <http://127.0.0.1 same_site>' }),
          ev(9, [22, 2], { tasks: [4, 9, 1, 0] }),
          ev(8, [23, 2], { group_id: 'pmpsa/http://quiet.example <http://127.0.0.1 same_site>' }),
          // A job whose lookup Chromium also logged by name counts once, by that name.
          ev(8, [24, 2], { group_id: 'pmpsa/http://named.example <http://127.0.0.1 same_site>' }),
          ev(2, [24, 2], {
            host: 'http://named.example',
            network_anonymization_key: 'http://127.0.0.1 same_site',
          }),
          ev(9, [24, 2], { tasks: [4, 9, 1, 0] }),
        ],
      }),
    );
    const summary = summariseNetlog(log, OWN);
    expect(summary.appLookups).toEqual(['http://named.example', 'http://tracker.example']);
    expect(summary.browserLookups).toEqual(['https://update.example']);
  });
});

// A netlog recorded from a real Chromium (156.0.8078.129) on a page that loads one foreign image, cut down to the
// events the summary reads (tsx tools/audit/network/record-netlog-fixture.ts). The parser must call the image's request
// and lookup the app's, and the browser's own update checks its own.
describe('summariseNetlog on a recorded netlog', () => {
  const fixture = JSON.parse(
    readFileSync(
      path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'foreign-image.netlog.json'),
      'utf8',
    ),
  ) as { recorded: { ownOrigin: string } };
  const summary = summariseNetlog(parseNetlog(JSON.stringify(fixture)), fixture.recorded.ownOrigin);

  it('finds the page’s foreign request and its lookup as the app’s, and no byte sent out', () => {
    expect(summary.ownRequests).toBe(1);
    expect(summary.appForeign).toEqual([FOREIGN_PIXEL]);
    expect(summary.appLookups).toEqual(['http://tracker.example']);
    expect(summary.bytesToForeign).toBe(0);
  });

  it('lists the browser’s own calls apart, lookups included, and drops none', () => {
    expect(summary.browserOwn.map((url) => new URL(url).host)).toEqual([
      'update.googleapis.com',
      '127.0.0.1:9',
      'update.googleapis.com',
    ]);
    expect(summary.browserLookups).toEqual(['https://update.googleapis.com', 'http://update.googleapis.com']);
    // A UDP connect only picks a route (nothing is sent); it is listed, never hidden.
    expect(summary.foreignConnects).toEqual(['[2001:4860:4860::8888]:443']);
  });
});

// The local Chromium, live: only what every build does is asserted, and what this one cannot show is said.
describe('summariseNetlog on a live Chromium', () => {
  it('sees the page’s request to a foreign origin as the app’s, and sees it refused with no byte sent', async () => {
    const capture = await captureForeignImageNetlog();
    const log = parseNetlog(capture.netlogText);
    const summary = summariseNetlog(log, capture.ownOrigin);
    // What a recorded fixture keeps is enough: the cut-down log summarises exactly as the whole one.
    expect(summariseNetlog(trimNetlog(log), capture.ownOrigin)).toEqual(summary);
    expect(summary.ownRequests).toBeGreaterThan(0);
    expect(summary.appForeign).toContain(FOREIGN_PIXEL);
    expect(summary.bytesToForeign).toBe(0);
    const refused = capture.failedRequests.filter((r) => r.startsWith(`${FOREIGN_PIXEL} `));
    expect(refused).toHaveLength(1);
    if (summary.appLookups.length === 0) {
      // Next-best signal: the name was never resolved, so no connection could have been made.
      console.warn(
        `Chromium ${capture.browserVersion} logs no host lookup for the page's request; checked instead that it failed unresolved.`,
      );
      expect(refused[0]).toContain('ERR_NAME_NOT_RESOLVED');
    } else {
      expect(summary.appLookups.map(hostOf)).toContain('tracker.example');
    }
  }, 30_000);
});
