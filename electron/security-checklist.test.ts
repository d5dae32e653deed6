/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), item by item, each
 * checked against the real module or configuration that answers it. Deeper tests live beside each module.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES } from './app-protocol';
import { IPC_CHANNELS } from './contract';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isAllowedRequest } from './network-policy';
import { isNavigationAllowed, guardWebContents } from './navigation';
import { isPermissionGranted } from './permissions';
import { fakeEvent, fakeWebContents } from './test-fakes';
import { mainWindowOptions } from './window';
import { isTrustedSender } from './ipc';

const root = path.resolve(import.meta.dirname, '..');
const prefs = mainWindowOptions({ preloadPath: 'p', packaged: true }).webPreferences ?? {};
const sources = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'test-fakes.ts')
  .map((f) => [f, readFileSync(path.join(import.meta.dirname, f), 'utf8')] as const);
const builder = parse(readFileSync(path.join(root, 'build', 'electron-builder.yml'), 'utf8')) as {
  electronFuses: Record<string, boolean>;
};

describe("Electron's security checklist", () => {
  it('1. only secure content loads: the app origin, its blobs, nothing from the network', () => {
    expect(isAllowedRequest(APP_ENTRY_URL, { packaged: true })).toBe(true);
    for (const url of ['http://example.com/', 'https://example.com/', 'file:///etc/passwd', 'ws://x/'])
      expect(isAllowedRequest(url, { packaged: true }), url).toBe(false);
  });

  it('2. Node.js integration is off everywhere, workers and subframes included', () => {
    expect(prefs).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('3. context isolation is on', () => expect(prefs.contextIsolation).toBe(true));

  it('4. every renderer is sandboxed, the app-wide switch included', () => {
    expect(prefs.sandbox).toBe(true);
    expect(readFileSync(path.join(import.meta.dirname, 'main.ts'), 'utf8')).toContain('app.enableSandbox()');
  });

  it('5. every permission request is answered no', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'hid',
    ])
      expect(isPermissionGranted(permission, APP_ENTRY_URL)).toBe(false);
  });

  it('6. webSecurity stays on', () => expect(prefs.webSecurity).toBe(true));

  it('7. a Content-Security-Policy allows only the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('8. insecure content is never allowed', () => expect(prefs.allowRunningInsecureContent).toBe(false));

  it('9. experimental features are off', () => expect(prefs.experimentalFeatures).toBe(false));

  it('10. no Blink features are enabled', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    for (const [file, text] of sources) expect(text, file).not.toMatch(/enableBlinkFeatures|blinkfeatures/i);
  });

  it('11-12. no webview can be made, so none can allow popups or take unchecked options', () => {
    expect(prefs.webviewTag).toBe(false);
    const { contents, emitter } = fakeWebContents();
    guardWebContents(contents, () => undefined);
    const attach = fakeEvent();
    emitter.emit('will-attach-webview', attach, {}, { src: 'https://example.com/' });
    expect(attach.defaultPrevented).toBe(true);
  });

  it('13. navigation is limited to the app origin', () => {
    expect(isNavigationAllowed(APP_ENTRY_URL)).toBe(true);
    expect(isNavigationAllowed('https://example.com/')).toBe(false);
  });

  it('14. every new window is denied', () => {
    const { contents, openHandler } = fakeWebContents();
    guardWebContents(contents, () => undefined);
    expect(openHandler()?.({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
  });

  it('15. shell.openExternal is never used', () => {
    for (const [file, text] of sources) expect(text, file).not.toMatch(/openExternal|\bshell\b/);
  });

  it('16. Electron is a current major version', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const major = Number(/\d+/.exec(pkg.devDependencies.electron ?? '')?.[0]);
    // Electron supports its latest three majors; 45 was current when this line was written.
    expect(major).toBeGreaterThanOrEqual(45);
  });

  it('17. every IPC message is checked for its sender', () => {
    expect(Object.keys(IPC_CHANNELS).length).toBeGreaterThan(0);
    expect(isTrustedSender(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedSender('https://example.com/')).toBe(false);
    expect(readFileSync(path.join(import.meta.dirname, 'ipc.ts'), 'utf8')).toMatch(
      /isTrustedSender\(frame\.url\)/,
    );
  });

  it('18. the app loads from a custom protocol, not file://', () => {
    expect(APP_ENTRY_URL.startsWith('app://')).toBe(true);
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('corsEnabled');
  });

  it('19. the fuses that let other code run inside the app are flipped at packaging', () => {
    expect(builder.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  // Only where `npm run dist` has packaged the app with a real Electron (ELECTRON_DIST); no binary exists here.
  const packaged = path.join(root, 'release', 'linux-unpacked', 'airgap');
  it.skipIf(!existsSync(packaged))(
    '19. the packaged binary carries those fuses (needs release/linux-unpacked)',
    async () => {
      const wire = await getCurrentFuseWire(packaged);
      // FuseState: 48 ('0') disabled, 49 ('1') enabled; indexes follow FuseV1Options.
      expect([wire[0], wire[2], wire[3], wire[7]]).toEqual([48, 48, 48, 48]);
      expect([wire[1], wire[4], wire[5]]).toEqual([49, 49, 49]);
    },
  );

  it('20. the page gets one typed object of narrow methods, never ipcRenderer itself', () => {
    const preload = readFileSync(path.join(import.meta.dirname, 'preload.ts'), 'utf8');
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});
