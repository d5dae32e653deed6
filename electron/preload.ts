import { contextBridge, ipcRenderer } from 'electron';
import { AIRGAP_API_KEY, IPC_CHANNELS, IPC_EVENTS, type AirgapApi, type BlockedEvent } from './contract';

// Only invoke() is exposed, wrapped per method: handing ipcRenderer itself to the page would let it call any channel.
const api: AirgapApi = {
  copyText: (text) => ipcRenderer.invoke(IPC_CHANNELS.copyText, text),
  getPrivacyReport: () => ipcRenderer.invoke(IPC_CHANNELS.getPrivacyReport),
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  chooseImportFiles: (kind) => ipcRenderer.invoke(IPC_CHANNELS.chooseImportFiles, kind),
  getDataLocation: () => ipcRenderer.invoke(IPC_CHANNELS.getDataLocation),
  eraseAllData: () => ipcRenderer.invoke(IPC_CHANNELS.eraseAllData),
  listZimFiles: () => ipcRenderer.invoke(IPC_CHANNELS.listZimFiles),
  onBlocked: (listener) => {
    // The Electron event object stays here: it carries the sender and ports, which the page has no use for.
    const relay = (_event: unknown, blocked: BlockedEvent): void => listener(blocked);
    ipcRenderer.on(IPC_EVENTS.blocked, relay);
    return () => void ipcRenderer.removeListener(IPC_EVENTS.blocked, relay);
  },
};

contextBridge.exposeInMainWorld(AIRGAP_API_KEY, api);
