import type { Clipboard, IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  COPY_TEXT_MAX_LENGTH,
  IPC_CHANNELS,
  type AppInfo,
  type ChosenFile,
  type DataLocation,
  type PrivacyReport,
} from './contract';
import { isAppUrl } from './app-protocol';
import { validateImportKind } from './import-files';
import type { ZimFileRegistry } from './zim-files';

/**
 * Whether an IPC message comes from the app's own page. The sender frame's URL is checked on every call:
 * if some frame ever loaded foreign content it must not reach the clipboard or the privacy log.
 */
export function isTrustedSender(url: string | undefined): boolean {
  return url !== undefined && isAppUrl(url);
}

/** Checks copyText's argument, which arrives from the renderer as untrusted structured-clone data. */
export function validateCopyText(value: unknown): { ok: true; text: string } | { ok: false; reason: string } {
  if (typeof value !== 'string') return { ok: false, reason: 'copyText expects a string' };
  if (value.length > COPY_TEXT_MAX_LENGTH) return { ok: false, reason: 'text too long to copy' };
  return { ok: true, text: value };
}

/** What the IPC handlers reach into; main.ts passes the real clipboard and block log. */
export interface IpcDeps {
  clipboard: Pick<Clipboard, 'writeText'>;
  privacyReport: () => PrivacyReport;
  appInfo: () => AppInfo;
  chooseImportFiles: (kind: 'files' | 'folder') => Promise<ChosenFile[]>;
  dataLocation: () => Promise<DataLocation>;
  eraseAllData: () => Promise<void>;
  zimFiles: Pick<ZimFileRegistry, 'list'>;
}

/** Refuses any argument for a channel that takes none, so a confused or hostile caller learns it at once. */
function noArguments(channel: string, args: unknown[]): void {
  if (args.length > 0) throw new Error(`${channel} takes no arguments`);
}

/** The handler for each channel, before the sender check; exported so tests can call them directly. */
function createIpcHandlers(deps: IpcDeps): Record<string, (...args: unknown[]) => unknown> {
  return {
    [IPC_CHANNELS.copyText]: (...args) => {
      if (args.length !== 1) throw new Error('copyText takes one argument');
      const checked = validateCopyText(args[0]);
      if (!checked.ok) throw new Error(checked.reason);
      deps.clipboard.writeText(checked.text);
    },
    [IPC_CHANNELS.getPrivacyReport]: (...args) => {
      noArguments('getPrivacyReport', args);
      return deps.privacyReport();
    },
    [IPC_CHANNELS.getAppInfo]: (...args) => {
      noArguments('getAppInfo', args);
      return deps.appInfo();
    },
    [IPC_CHANNELS.chooseImportFiles]: (...args) => {
      if (args.length !== 1) throw new Error('chooseImportFiles takes one argument');
      return deps.chooseImportFiles(validateImportKind(args[0]));
    },
    [IPC_CHANNELS.getDataLocation]: (...args) => {
      noArguments('getDataLocation', args);
      return deps.dataLocation();
    },
    [IPC_CHANNELS.eraseAllData]: (...args) => {
      noArguments('eraseAllData', args);
      return deps.eraseAllData();
    },
    [IPC_CHANNELS.listZimFiles]: (...args) => {
      noArguments('listZimFiles', args);
      return deps.zimFiles.list();
    },
  };
}

/** Registers every handler behind the sender check; an untrusted sender gets a rejected promise. */
export function setupIpc(ipcMain: Pick<IpcMain, 'handle'>, deps: IpcDeps): void {
  for (const [channel, handler] of Object.entries(createIpcHandlers(deps))) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      // senderFrame is null once the frame navigated away or was destroyed: treat that as untrusted too.
      // Only the top frame may call: the app has no iframes, so a subframe caller is something injected.
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedSender(frame.url))
        throw new Error(`refused ${channel} from an untrusted frame`);
      return handler(...args);
    });
  }
}
