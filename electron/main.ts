/**
 * The Electron main process: thin wiring of one setup function per capability. Every decision lives in a pure,
 * unit-tested function in the module named by its setup call; this file only decides the order.
 */
import path from 'node:path';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { IPC_EVENTS } from './contract';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { setupDownloads } from './downloads';
import { chooseImportFiles } from './import-files';
import { ZimFileRegistry } from './zim-files';
import { setupIpc } from './ipc';
import { setupNavigationGuards } from './navigation';
import { createBlockLog, setupNetworkPolicy } from './network-policy';
import { setupNetworkSwitches, setupSecureDnsOff } from './network-switches';
import { setupPermissions } from './permissions';
import { setupProfile } from './profile';
import { eraseSessionData, folderSize } from './user-data';
import { createMainWindow, menuTemplate, setupSingleInstance } from './window';

// The bundle sits in dist/electron/ beside preload.cjs; Vite's build is its sibling dist/renderer/.
const rendererDir = path.join(__dirname, '../renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// Before ready, in this order: the profile decides where the single-instance lock lives.
setupProfile(app, process.env, process.cwd(), app.isPackaged);
setupNetworkSwitches(app);
registerAppScheme(protocol);
app.enableSandbox();

let mainWindow: BrowserWindow | undefined;

if (!setupSingleInstance(app, () => mainWindow)) {
  app.quit();
} else {
  const packaged = app.isPackaged;
  // Every block is sent at once to every window on the typed event channel: the privacy panel is fed live.
  const blockLog = createBlockLog({
    onRecord: (event) => {
      for (const window of BrowserWindow.getAllWindows()) window.webContents.send(IPC_EVENTS.blocked, event);
    },
  });
  // Navigation and popups are guarded from the first web contents on, so register before ready.
  setupNavigationGuards(app, (url) => blockLog.record(url, 'navigation'));

  // A start-up failure must say so and exit: a silent, windowless process would also keep the instance lock.
  const fail = (message: string): void => {
    dialog.showErrorBox('Airgap could not start', message);
    app.exit(1);
  };

  const openWindow = (): void => {
    mainWindow = createMainWindow(BrowserWindow, {
      preloadPath,
      packaged,
      onFailure: fail,
      onCrashLoop: (message) =>
        dialog
          .showMessageBox({
            type: 'error',
            title: 'Airgap',
            message,
            buttons: ['Reload', 'Quit'],
            defaultId: 0,
            cancelId: 1,
          })
          .then(({ response }) => response === 0),
    });
    mainWindow.on('closed', () => (mainWindow = undefined));
  };

  app
    .whenReady()
    .then(() => {
      setupSecureDnsOff(app);
      setupNetworkPolicy(app, session.defaultSession, { packaged }, blockLog);
      setupPermissions(app, session.defaultSession);
      setupDownloads(app, session.defaultSession, (url) => blockLog.record(url, 'downloads'));
      const zimFiles = new ZimFileRegistry(path.join(app.getPath('userData'), 'zim-files.json'));
      setupAppProtocol(protocol, rendererDir, zimFiles);
      setupIpc(ipcMain, {
        clipboard,
        privacyReport: blockLog.report,
        appInfo: () => ({ version: app.getVersion(), packaged, platform: process.platform }),
        chooseImportFiles: (kind) => chooseImportFiles(dialog, kind, zimFiles),
        dataLocation: async () => {
          const userData = app.getPath('userData');
          return { path: userData, bytes: await folderSize(userData) };
        },
        eraseAllData: async () => {
          await eraseSessionData(session.defaultSession);
          await zimFiles.forgetAll();
        },
        zimFiles,
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
