import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import {
  createMainWindow,
  focusWindow,
  mainWindowOptions,
  menuTemplate,
  setupSingleInstance,
} from './window';

/** A stand-in BrowserWindow whose renderer can be made to crash. */
function fakeWindowClass() {
  const made: {
    window: EventEmitter & Record<string, unknown>;
    contents: EventEmitter & { reload: () => void };
  }[] = [];
  class FakeWindow extends EventEmitter {
    webContents = Object.assign(new EventEmitter(), { reload: vi.fn() });
    show = vi.fn();
    close = vi.fn();
    loadURL = vi.fn(() => Promise.resolve());
    constructor() {
      super();
      made.push({ window: this as never, contents: this.webContents });
    }
  }
  return { FakeWindow: FakeWindow as unknown as new () => BrowserWindow, made };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the renderer with no Node, webviews, spellchecker or insecure content', () => {
    const prefs = mainWindowOptions({ preloadPath: '/app/preload.cjs', packaged: true }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('allows devtools only when not packaged', () => {
    expect(mainWindowOptions({ preloadPath: 'p', packaged: true }).webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions({ preloadPath: 'p', packaged: false }).webPreferences?.devTools).toBe(true);
  });
});

describe('menuTemplate', () => {
  const flatten = (items: ReturnType<typeof menuTemplate>): ReturnType<typeof menuTemplate> =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

  it('offers devtools only in development', () => {
    const roles = (packaged: boolean) => flatten(menuTemplate('linux', packaged)).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('has no help menu and no custom click handlers that could open the web', () => {
    for (const platform of ['darwin', 'linux', 'win32']) {
      const items = flatten(menuTemplate(platform, false));
      expect(items.some((i) => i.role === 'help' || i.click !== undefined)).toBe(false);
    }
  });

  it('adds the app menu only on macOS', () => {
    expect(menuTemplate('darwin', true)[0]?.role).toBe('appMenu');
    expect(menuTemplate('win32', true).some((i) => i.role === 'appMenu')).toBe(false);
  });
});

describe('setupSingleInstance', () => {
  it('reports false when another instance holds the lock, so the caller quits', () => {
    const on = vi.fn();
    expect(setupSingleInstance({ requestSingleInstanceLock: () => false, on }, () => undefined)).toBe(false);
    expect(on).not.toHaveBeenCalled();
  });

  it('focuses the existing window when a second instance starts', () => {
    const listeners = new Map<string, () => void>();
    const window = { isMinimized: () => true, restore: vi.fn(), focus: vi.fn() };
    const app = {
      requestSingleInstanceLock: () => true,
      on: (e: string, l: () => void) => listeners.set(e, l),
    };
    expect(setupSingleInstance(app as never, () => window as unknown as BrowserWindow)).toBe(true);
    listeners.get('second-instance')?.();
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('focusWindow', () => {
  it('does nothing before a window exists', () => {
    expect(() => focusWindow(undefined)).not.toThrow();
  });
});

describe('createMainWindow, when the renderer crashes', () => {
  const crash = (contents: EventEmitter, reason = 'crashed') =>
    contents.emit('render-process-gone', {}, { reason, exitCode: 1 });

  it('reloads a crashed renderer three times, then asks instead of looping, and quits on "Quit"', async () => {
    const { FakeWindow, made } = fakeWindowClass();
    const onCrashLoop = vi.fn(() => Promise.resolve(false));
    createMainWindow(FakeWindow, { preloadPath: 'p', packaged: true, onCrashLoop });
    const { window, contents } = made[0]!;
    for (let i = 0; i < 4; i += 1) crash(contents);
    await flush();
    expect(contents.reload).toHaveBeenCalledTimes(3);
    expect(onCrashLoop).toHaveBeenCalledTimes(1);
    expect(onCrashLoop.mock.calls[0]).toEqual([expect.stringContaining('4 times within 60 seconds')]);
    expect(window.close).toHaveBeenCalled();
  });

  it('reloads once more, counting afresh, when the user chooses "Reload"', async () => {
    const { FakeWindow, made } = fakeWindowClass();
    const onCrashLoop = vi.fn(() => Promise.resolve(true));
    createMainWindow(FakeWindow, { preloadPath: 'p', packaged: true, onCrashLoop });
    const { window, contents } = made[0]!;
    for (let i = 0; i < 4; i += 1) crash(contents);
    await flush();
    expect(contents.reload).toHaveBeenCalledTimes(4);
    crash(contents);
    expect(contents.reload).toHaveBeenCalledTimes(5);
    expect(window.close).not.toHaveBeenCalled();
  });

  it('does nothing when the renderer exits cleanly', () => {
    const { FakeWindow, made } = fakeWindowClass();
    createMainWindow(FakeWindow, { preloadPath: 'p', packaged: true });
    crash(made[0]!.contents, 'clean-exit');
    expect(made[0]!.contents.reload).not.toHaveBeenCalled();
  });
});
