import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  MenuItemConstructorOptions,
} from 'electron';
import { APP_ENTRY_URL } from './app-protocol';
import { createCrashGuard, crashLoopMessage } from './crash-guard';

/** What the window settings depend on. */
export interface MainWindowInput {
  preloadPath: string;
  packaged: boolean;
  /** Told why the window could not load, so the user gets a message instead of an empty window. */
  onFailure?: (message: string) => void;
  /** Asked, after repeated crashes, whether to reload once more; resolves true for reload, false for quit. */
  onCrashLoop?: (message: string) => Promise<boolean>;
}

/**
 * The main window's settings, following Electron's security checklist: isolated, sandboxed, no Node, no
 * webviews, no spellchecker (it would download dictionaries) and no devtools in a packaged build.
 */
export function mainWindowOptions({
  preloadPath,
  packaged,
}: MainWindowInput): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
    minWidth: 640,
    minHeight: 480,
    title: 'Airgap',
    // Shown on ready-to-show so the user never sees a blank white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: !packaged,
    },
  };
}

/**
 * The application menu. It replaces Electron's default one, whose Help items open electronjs.org in a browser;
 * every entry here is a built-in role, and devtools appear only in development.
 */
export function menuTemplate(platform: string, packaged: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (!packaged) view.push({ type: 'separator' }, { role: 'toggleDevTools' });
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}

/** Creates the main window, loads the app from app://airgap/ and shows it once painted. */
export function createMainWindow(
  BrowserWindowClass: new (options: BrowserWindowConstructorOptions) => BrowserWindow,
  input: MainWindowInput,
): BrowserWindow {
  const window = new BrowserWindowClass(mainWindowOptions(input));
  window.once('ready-to-show', () => window.show());
  // A window that never paints would stay hidden forever: show it, so the user sees the error, not nothing.
  window.loadURL(APP_ENTRY_URL).catch((error: Error) => {
    window.show();
    input.onFailure?.(`The app's files could not be loaded: ${error.message}`);
  });
  const crashes = createCrashGuard();
  window.webContents.on('render-process-gone', (_event, details) => {
    const decision = crashes.onGone(details.reason);
    if (decision === 'ignore') return;
    window.show();
    if (decision === 'reload') {
      window.webContents.reload();
      return;
    }
    const ask = input.onCrashLoop ?? (() => Promise.resolve(false));
    void ask(crashLoopMessage(details.reason)).then((retry) => {
      if (!retry) return window.close();
      crashes.reset();
      window.webContents.reload();
    });
  });
  return window;
}

/** Brings an existing window to the front, e.g. when the user launches the app a second time. */
export function focusWindow(
  window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'focus'> | undefined,
): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

/**
 * Takes the single-instance lock (held per profile folder, so tests with separate profiles can run side by side).
 * Returns false when another instance owns it: the caller must quit. Later launches focus the existing window.
 */
export function setupSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  currentWindow: () => BrowserWindow | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => focusWindow(currentWindow()));
  return true;
}
