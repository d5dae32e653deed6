import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRIVACY_REPORT_LIMIT } from './contract';
import {
  MAX_LOGGED_URL_LENGTH,
  SPELLCHECK_DICTIONARY_URL,
  createBlockLog,
  isAllowedRequest,
  setupNetworkPolicy,
} from './network-policy';
import { fakeApp, fakeSession } from './test-fakes';

const dev = { packaged: false };
const packaged = { packaged: true };

describe('isAllowedRequest', () => {
  it.each([
    'app://airgap/index.html',
    'app://airgap/assets/index-1a2b.js',
    'blob:app://airgap/5e0c3f0a-2d1c-4a5e-9d6b-0f7e1c2b3a4d',
  ])('lets the app load its own %s', (url) => {
    expect(isAllowedRequest(url, packaged)).toBe(true);
  });

  it.each([
    'https://fonts.googleapis.com/css2?family=Inter',
    'http://127.0.0.1:5173/',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://example.com/5e0c3f0a',
    'blob:null/5e0c3f0a',
    'app://other/index.html',
    'app://airgap.example.com/index.html',
    'chrome-extension://abc/x.js',
    'ftp://example.com/',
    'garbage',
  ])('blocks %s', (url) => {
    expect(isAllowedRequest(url, dev)).toBe(false);
  });

  it('lets devtools load only in development', () => {
    const url = 'devtools://devtools/bundled/devtools_app.html';
    expect(isAllowedRequest(url, dev)).toBe(true);
    expect(isAllowedRequest(url, packaged)).toBe(false);
  });

  it('blocks every web URL and every blob minted by a web origin', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.boolean(), (url, p) => {
        return !isAllowedRequest(url, { packaged: p }) && !isAllowedRequest(`blob:${url}`, { packaged: p });
      }),
    );
  });
});

describe('createBlockLog', () => {
  it('starts empty with the time it was created', () => {
    const log = createBlockLog({ now: () => new Date('2030-01-02T03:04:05Z') });
    expect(log.report()).toEqual({
      blockedCount: 0,
      byLayer: { requests: 0, navigation: 0, downloads: 0 },
      blocked: [],
      since: '2030-01-02T03:04:05.000Z',
    });
  });

  it('counts each layer apart and tells the listener of every block as it happens, with the running total', () => {
    const heard: unknown[] = [];
    const log = createBlockLog({
      now: () => new Date('2030-01-02T03:04:05Z'),
      onRecord: (e) => heard.push(e),
    });
    log.record('https://a.example/', 'requests');
    log.record('https://b.example/', 'navigation');
    log.record('https://c.example/', 'requests');
    expect(log.report().byLayer).toEqual({ requests: 2, navigation: 1, downloads: 0 });
    expect(heard).toEqual([
      { url: 'https://a.example/', at: '2030-01-02T03:04:05.000Z', layer: 'requests', total: 1 },
      { url: 'https://b.example/', at: '2030-01-02T03:04:05.000Z', layer: 'navigation', total: 2 },
      { url: 'https://c.example/', at: '2030-01-02T03:04:05.000Z', layer: 'requests', total: 3 },
    ]);
  });

  it('counts every block but lists only the most recent ones, oldest first', () => {
    const log = createBlockLog();
    const total = PRIVACY_REPORT_LIMIT + 7;
    for (let i = 0; i < total; i += 1) log.record(`https://tracker.example/${i}`, 'requests');
    const report = log.report();
    expect(report.blockedCount).toBe(total);
    expect(report.blocked).toHaveLength(PRIVACY_REPORT_LIMIT);
    expect(report.blocked[0]?.url).toBe('https://tracker.example/7');
    expect(report.blocked.at(-1)?.url).toBe(`https://tracker.example/${total - 1}`);
  });

  it('shortens huge URLs so a data: URL cannot fill memory', () => {
    const log = createBlockLog();
    log.record(`data:text/plain,${'x'.repeat(100_000)}`, 'requests');
    expect(log.report().blocked[0]?.url.length).toBe(MAX_LOGGED_URL_LENGTH + 1);
  });

  it('hands out copies, so a caller cannot rewrite the history', () => {
    const log = createBlockLog();
    log.record('https://a.example/', 'downloads');
    log.report().blocked.pop();
    expect(log.report().blocked).toHaveLength(1);
  });
});

describe('setupNetworkPolicy', () => {
  it('cancels and records foreign requests in the default session and in sessions created later', () => {
    const { app, emitter } = fakeApp();
    const first = fakeSession();
    const later = fakeSession();
    const log = createBlockLog();
    setupNetworkPolicy(app, first.session, packaged, log);
    emitter.emit('session-created', later.session);

    const answers: (boolean | undefined)[] = [];
    for (const { spy } of [first, later]) {
      expect(spy.requestFilter).toEqual({ urls: ['<all_urls>'] });
      spy.beforeRequest?.({ url: 'https://example.com/pixel.gif' }, (r) => answers.push(r.cancel));
      spy.beforeRequest?.({ url: 'app://airgap/index.html' }, (r) => answers.push(r.cancel));
    }
    expect(answers).toEqual([true, false, true, false]);
    expect(log.report().byLayer.requests).toBe(2);
    expect(log.report().blocked.map((b) => b.url)).toEqual([
      'https://example.com/pixel.gif',
      'https://example.com/pixel.gif',
    ]);
  });

  it('turns the spellchecker off and points its dictionary downloads at a local URL', () => {
    const { spy, session } = fakeSession();
    setupNetworkPolicy(fakeApp().app, session, dev, createBlockLog());
    expect(spy.spellCheckerEnabled).toBe(false);
    expect(spy.dictionaryUrl).toBe(SPELLCHECK_DICTIONARY_URL);
    // Chromium appends the file name to this URL; it must stay on the app origin, never the network.
    expect(isAllowedRequest(`${SPELLCHECK_DICTIONARY_URL}en-US-10-1.bdic`, packaged)).toBe(true);
  });
});
