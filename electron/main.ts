/**
 * The Electron main process: thin wiring of one setup function per capability. Every decision lives in a pure,
 * unit-tested function in the module named by its setup call; this file only decides the order.
 */
import path from 'node:path';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { setupDownloads } from './downloads';
import { chooseImportFiles } from './import-files';
import { setupIpc } from './ipc';
import { setupNavigationGuards } from './navigation';
import { createBlockLog, setupNetworkPolicy } from './network-policy';
import { setupNetworkSwitches, setupSecureDnsOff } from './network-switches';
import { setupPermissions } from './permissions';
import { setupProfile } from './profile';
import { createMainWindow, menuTemplate, setupSingleInstance } from './window';

// The bundle sits in dist/electron/ beside preload.cjs; Vite's build is its sibling dist/renderer/.
const rendererDir = path.join(__dirname, '../renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// Before ready, in this order: the profile decides where the single-instance lock lives.
setupProfile(app, process.env, process.cwd());
setupNetworkSwitches(app);
registerAppScheme(protocol);
app.enableSandbox();

let mainWindow: BrowserWindow | undefined;

if (!setupSingleInstance(app, () => mainWindow)) {
  app.quit();
} else {
  const packaged = app.isPackaged;
  const blockLog = createBlockLog();
  // Navigation and popups are guarded from the first web contents on, so register before ready.
  setupNavigationGuards(app, blockLog.record);

  // A start-up failure must say so and exit: a silent, windowless process would also keep the instance lock.
  const fail = (message: string): void => {
    dialog.showErrorBox('Airgap could not start', message);
    app.exit(1);
  };

  const openWindow = (): void => {
    mainWindow = createMainWindow(BrowserWindow, { preloadPath, packaged, onFailure: fail });
    mainWindow.on('closed', () => (mainWindow = undefined));
  };

  app
    .whenReady()
    .then(() => {
      setupSecureDnsOff(app);
      setupNetworkPolicy(app, session.defaultSession, { packaged }, blockLog);
      setupPermissions(app, session.defaultSession);
      setupDownloads(app, session.defaultSession, blockLog.record);
      setupAppProtocol(protocol, rendererDir);
      setupIpc(ipcMain, {
        clipboard,
        privacyReport: blockLog.report,
        appInfo: () => ({ version: app.getVersion(), packaged, platform: process.platform }),
        chooseImportFiles: (kind) => chooseImportFiles(dialog, kind),
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, packaged)));
      openWindow();
      app.on('activate', () => {
        if (!mainWindow) openWindow();
      });
    })
    .catch((error: Error) => fail(error.stack ?? error.message));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
