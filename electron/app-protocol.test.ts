import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  isAppUrl,
  planAppRequest,
  registerAppScheme,
  serveAppRequest,
  setupAppProtocol,
} from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './csp';

// The served folder sits inside a temporary parent, so the secret beside it is removed with it.
const parent = mkdtempSync(path.join(tmpdir(), 'airgap-protocol-'));
const root = path.join(parent, 'app');
mkdirSync(root);
afterAll(() => rmSync(parent, { recursive: true, force: true }));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Airgap</title>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(path.join(path.dirname(root), 'airgap-outside-secret.txt'), 'secret');

const get = (url: string, method = 'GET') => serveAppRequest(root, { url, method });

describe('isAppUrl', () => {
  it.each(['app://airgap/', 'app://airgap/index.html', 'app://airgap/assets/x.js?v=1#top'])(
    'accepts %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each([
    'app://evil/index.html',
    'app://airgap.evil/index.html',
    'app://airgap:8080/index.html',
    'app://user@airgap/index.html',
    'https://airgap/index.html',
    'file:///index.html',
    'blob:app://airgap/123',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('rejects every web URL', () => {
    fc.assert(fc.property(fc.webUrl(), (url) => !isAppUrl(url)));
  });
});

describe('serveAppRequest', () => {
  it('serves index.html for the origin root with the CSP and nosniff headers', async () => {
    const response = await get('app://airgap/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Airgap</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves built assets with their script type', async () => {
    const response = await get('app://airgap/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for missing files and for folders', async () => {
    expect((await get('app://airgap/missing.js')).status).toBe(404);
    expect((await get('app://airgap/assets')).status).toBe(404);
  });

  it('refuses to read a file beside the root through encoded traversal', async () => {
    // %2f keeps the URL parser from folding the dots away, so the decoded path really is /../…
    const response = await get('app://airgap/%2e%2e%2fairgap-outside-secret.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses other hosts even when the file exists', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(403);
  });

  it('refuses writes and keeps the CSP on refusals', async () => {
    const response = await get(APP_ENTRY_URL, 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers HEAD without a body', async () => {
    const response = await get(APP_ENTRY_URL, 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('never reads a file outside the root, whatever the path', async () => {
    const read = vi.fn(async (_p: string) => new Uint8Array());
    await fc.assert(
      fc.asyncProperty(fc.string(), async (tail) => {
        await serveAppRequest(root, { url: `app://airgap/${tail}`, method: 'GET' }, read);
      }),
      { numRuns: 300 },
    );
    for (const [filePath] of read.mock.calls) expect(filePath.startsWith(root + path.sep)).toBe(true);
  });
});

describe('planAppRequest', () => {
  it("passes an app URL's path on to the file guard without touching the disk", () => {
    expect(planAppRequest('app://airgap/a.css', 'GET')).toEqual({ kind: 'file', pathname: '/a.css' });
    expect(planAppRequest('app://other/a.css', 'GET')).toMatchObject({ kind: 'refuse', status: 403 });
  });
});

describe('registerAppScheme and setupAppProtocol', () => {
  it('registers app:// as standard, secure and fetchable, but not CORS-readable or CSP-exempt', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    const [[schemes]] = registerSchemesAsPrivileged.mock.calls as [
      [{ scheme: string; privileges: object }[]],
    ];
    expect(schemes).toEqual([
      { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('installs a handler that serves the given root', async () => {
    const handle = vi.fn();
    setupAppProtocol({ handle }, root, { resolve: async () => undefined });
    const handler = handle.mock.calls[0]?.[1] as (r: { url: string; method: string }) => Promise<Response>;
    expect(handle.mock.calls[0]?.[0]).toBe('app');
    expect((await handler({ url: APP_ENTRY_URL, method: 'GET' })).status).toBe(200);
  });

  it('serves ranges of picked ZIM files under /zim/, through the registry, and refuses any other read', async () => {
    const zimFiles = {
      resolve: vi.fn(async (uuid: string) =>
        uuid === 'b'.repeat(32)
          ? { uuid, name: 'z.zim', size: 4, path: path.join(root, 'index.html') }
          : undefined,
      ),
    };
    const ask = (tail: string, range?: string) =>
      serveAppRequest(
        root,
        {
          url: `app://airgap/zim/${tail}`,
          method: 'GET',
          headers: new Headers(range ? { Range: range } : {}),
        },
        undefined,
        undefined,
        zimFiles,
      );
    const ok = await ask('b'.repeat(32), 'bytes=0-3');
    expect(ok.status).toBe(206);
    expect(ok.headers.get('Content-Security-Policy')).toBeTruthy();
    expect((await ask('b'.repeat(32), 'bytes=0-4')).status).toBe(416);
    expect((await ask('c'.repeat(32), 'bytes=0-3')).status).toBe(404);
    expect((await ask('..%2F..%2Fetc%2Fpasswd', 'bytes=0-3')).status).toBe(404);
  });
});
