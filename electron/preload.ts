import { contextBridge, ipcRenderer } from 'electron';
import { AIRGAP_API_KEY, IPC_CHANNELS, type AirgapApi } from './contract';

// Only invoke() is exposed, wrapped per method: handing ipcRenderer itself to the page would let it call any channel.
const api: AirgapApi = {
  copyText: (text) => ipcRenderer.invoke(IPC_CHANNELS.copyText, text),
  getPrivacyReport: () => ipcRenderer.invoke(IPC_CHANNELS.getPrivacyReport),
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  chooseImportFiles: (kind) => ipcRenderer.invoke(IPC_CHANNELS.chooseImportFiles, kind),
};

contextBridge.exposeInMainWorld(AIRGAP_API_KEY, api);
