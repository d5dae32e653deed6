import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from './contract';
import { setupIpc, type IpcDeps } from './ipc';

type Frame = { url: string; parent: unknown } | null;
type Handler = (event: { senderFrame: Frame }, ...args: unknown[]) => unknown;

const APP_TOP: Frame = { url: 'app://airgap/index.html', parent: null };

/** Every dependency a handler can reach, each a spy: calling one is a privileged action. */
function wire() {
  const handlers = new Map<string, Handler>();
  const deps = {
    clipboard: { writeText: vi.fn(async (_text: string) => undefined) },
    privacyReport: vi.fn(() => ({
      blockedCount: 0,
      byLayer: { requests: 0, navigation: 0, downloads: 0 },
      blocked: [],
      since: 's',
    })),
    appInfo: vi.fn(() => ({ version: '0.1.0', packaged: false, platform: 'linux' })),
    chooseImportFiles: vi.fn(async (_kind: 'files' | 'folder') => []),
    dataLocation: vi.fn(async () => ({ path: '/p', bytes: 0 })),
    eraseAllData: vi.fn(async () => undefined),
    zimFiles: { list: vi.fn(async () => []) },
  } satisfies IpcDeps;
  setupIpc({ handle: (channel: string, h: Handler) => handlers.set(channel, h) } as never, deps);
  const privileged = () =>
    deps.clipboard.writeText.mock.calls.length +
    deps.privacyReport.mock.calls.length +
    deps.appInfo.mock.calls.length +
    deps.chooseImportFiles.mock.calls.length +
    deps.dataLocation.mock.calls.length +
    deps.eraseAllData.mock.calls.length +
    deps.zimFiles.list.mock.calls.length;
  return { handlers, deps, privileged };
}

/** Calls a handler the way ipcMain.handle does: a throw becomes a rejected promise for the renderer. */
async function invoke(handler: Handler, frame: Frame, args: unknown[]) {
  try {
    return { ok: true as const, value: await handler({ senderFrame: frame }, ...args) };
  } catch (error) {
    return { ok: false as const, error };
  }
}

// Refusals the handlers give on purpose; anything else (a TypeError from reading a bad argument) is a bug.
const DELIBERATE = /untrusted frame|takes no arguments|takes one argument|expects|too long/;

const foreignFrame: fc.Arbitrary<Frame> = fc.oneof(
  fc.constant(null),
  fc.record({
    url: fc.oneof(
      fc.webUrl(),
      fc.string(),
      fc.constantFrom(
        'app://airgap.evil/index.html',
        'app://evil/index.html',
        'app://airgap:8080/',
        'app://user@airgap/',
        'file:///etc/passwd',
        'devtools://devtools/bundled/devtools_app.html',
        'about:blank',
        'data:text/html,<script>1</script>',
        'blob:app://airgap/1',
      ),
    ),
    parent: fc.constant(null),
  }),
  // The app's own page loaded in a subframe is still foreign: the app has no iframes.
  fc.constant({ url: 'app://airgap/index.html', parent: APP_TOP }),
);

describe('IPC fuzz', () => {
  const channels = Object.values(IPC_CHANNELS);

  it('accepts no privileged action from a foreign, nested or vanished frame, whatever the arguments', async () => {
    const { handlers, privileged } = wire();
    let calls = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channels),
        foreignFrame,
        fc.array(fc.anything()),
        async (channel, frame, args) => {
          calls += 1;
          const outcome = await invoke(handlers.get(channel)!, frame, args);
          expect(outcome.ok).toBe(false);
          expect(String((outcome as { error: unknown }).error)).toMatch(/untrusted frame/);
        },
      ),
      { numRuns: 3000 },
    );
    expect(calls).toBe(3000);
    expect(privileged()).toBe(0);
  });

  it('answers generated arguments from the app page with a result or a deliberate refusal, never a crash', async () => {
    const { handlers, deps } = wire();
    const argument = fc.oneof(
      fc.anything(),
      fc.constantFrom('files', 'folder', '', 'x'.repeat(10)),
      fc.string({ maxLength: 64 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channels),
        fc.array(argument, { maxLength: 3 }),
        async (channel, args) => {
          const outcome = await invoke(handlers.get(channel)!, APP_TOP, args);
          if (!outcome.ok) {
            expect(outcome.error).toBeInstanceOf(Error);
            expect((outcome.error as Error).message).toMatch(DELIBERATE);
          }
        },
      ),
      { numRuns: 3000 },
    );
    // Privileged calls that went through carried only valid arguments.
    for (const [text] of deps.clipboard.writeText.mock.calls) expect(typeof text).toBe('string');
    for (const [kind] of deps.chooseImportFiles.mock.calls) expect(['files', 'folder']).toContain(kind);
  });
});
