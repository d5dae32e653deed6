import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { COPY_TEXT_MAX_LENGTH, IPC_CHANNELS } from './contract';
import { isTrustedSender, setupIpc, validateCopyText, type IpcDeps } from './ipc';

type Handler = (
  event: { senderFrame: { url: string; parent: unknown } | null },
  ...args: unknown[]
) => unknown;

function wire(): {
  handlers: Map<string, Handler>;
  writeText: ReturnType<typeof vi.fn>;
  choose: ReturnType<typeof vi.fn>;
} {
  const handlers = new Map<string, Handler>();
  const writeText = vi.fn();
  const choose = vi.fn(async () => []);
  const deps: IpcDeps = {
    clipboard: { writeText },
    privacyReport: () => ({
      blockedCount: 1,
      byLayer: { requests: 1, navigation: 0, downloads: 0 },
      blocked: [{ url: 'https://x.example/', at: 't', layer: 'requests' }],
      since: 's',
    }),
    appInfo: () => ({ version: '0.1.0', packaged: false, platform: 'linux' }),
    chooseImportFiles: choose,
    dataLocation: async () => ({ path: '/profile', bytes: 1 }),
    eraseAllData: async () => undefined,
    zimFiles: { list: async () => [] },
  };
  setupIpc({ handle: (channel: string, h: Handler) => handlers.set(channel, h) } as never, deps);
  return { handlers, writeText, choose };
}

const fromApp = { senderFrame: { url: 'app://airgap/index.html#/article/1', parent: null } };

describe('isTrustedSender', () => {
  it('trusts only frames on the app origin', () => {
    expect(isTrustedSender('app://airgap/index.html')).toBe(true);
    expect(isTrustedSender('app://airgap.evil/index.html')).toBe(false);
    expect(isTrustedSender('devtools://devtools/bundled/devtools_app.html')).toBe(false);
    expect(isTrustedSender('about:blank')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('distrusts every web URL', () => {
    fc.assert(fc.property(fc.webUrl(), (url) => !isTrustedSender(url)));
  });
});

describe('validateCopyText', () => {
  it('accepts any string up to the limit', () => {
    fc.assert(fc.property(fc.string(), (s) => validateCopyText(s).ok));
    expect(validateCopyText('x'.repeat(COPY_TEXT_MAX_LENGTH)).ok).toBe(true);
  });

  it('rejects anything that is not a string', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((v) => typeof v !== 'string'),
        (v) => !validateCopyText(v).ok,
      ),
    );
  });

  it('rejects text beyond the limit', () => {
    expect(validateCopyText('x'.repeat(COPY_TEXT_MAX_LENGTH + 1))).toEqual({
      ok: false,
      reason: 'text too long to copy',
    });
  });
});

describe('setupIpc', () => {
  it('registers exactly one handler per contract channel', () => {
    expect([...wire().handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('copies text for the app page', async () => {
    const { handlers, writeText } = wire();
    await handlers.get(IPC_CHANNELS.copyText)?.(fromApp, '## Notes\n- AES-256');
    expect(writeText).toHaveBeenCalledWith('## Notes\n- AES-256');
  });

  it('refuses every channel to a foreign or vanished frame without touching the clipboard', () => {
    const { handlers, writeText } = wire();
    for (const [channel, handler] of handlers) {
      expect(() => handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'x')).toThrow(
        /untrusted/,
      );
      // An app page inside a frame is still refused: the app has no iframes, so it was injected.
      const subframe = { url: 'app://airgap/index.html', parent: fromApp.senderFrame };
      expect(() => handler({ senderFrame: subframe }, 'x')).toThrow(/untrusted/);
      expect(() => handler({ senderFrame: null }, 'x')).toThrow(channel);
    }
    expect(writeText).not.toHaveBeenCalled();
  });

  it('opens the import dialog only for "files" or "folder", and never for a foreign frame', () => {
    const { handlers, choose } = wire();
    const handler = handlers.get(IPC_CHANNELS.chooseImportFiles)!;
    fc.assert(
      fc.property(
        fc.anything().filter((v) => v !== 'files' && v !== 'folder'),
        (v) => {
          expect(() => handler(fromApp, v)).toThrow(/"files" or "folder"/);
        },
      ),
    );
    expect(() => handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'files')).toThrow(
      /untrusted/,
    );
    expect(choose).not.toHaveBeenCalled();
    handler(fromApp, 'folder');
    expect(choose).toHaveBeenCalledWith('folder');
  });

  it('rejects a non-string copy request from the app page', () => {
    const { handlers, writeText } = wire();
    expect(() => handlers.get(IPC_CHANNELS.copyText)?.(fromApp, { toString: () => 'x' })).toThrow(/string/);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('returns the privacy report and app info to the app page', () => {
    const { handlers } = wire();
    expect(handlers.get(IPC_CHANNELS.getPrivacyReport)?.(fromApp)).toMatchObject({ blockedCount: 1 });
    expect(handlers.get(IPC_CHANNELS.getAppInfo)?.(fromApp)).toEqual({
      version: '0.1.0',
      packaged: false,
      platform: 'linux',
    });
  });
});
