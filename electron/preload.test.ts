import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AIRGAP_API_KEY, IPC_CHANNELS, type AirgapApi } from './contract';

// The real 'electron' module tries to download a binary when required; the preload only needs these two objects.
const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => undefined);
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: { invoke },
}));

beforeAll(async () => {
  await import('./preload');
});

describe('preload', () => {
  it('exposes exactly one object, under window.airgap, with only the contract methods', () => {
    expect([...exposed.keys()]).toEqual([AIRGAP_API_KEY]);
    expect(Object.keys(exposed.get(AIRGAP_API_KEY) as object).sort()).toEqual([
      'chooseImportFiles',
      'copyText',
      'getAppInfo',
      'getPrivacyReport',
    ]);
  });

  it('forwards each call to its channel with its arguments and nothing else', async () => {
    const api = exposed.get(AIRGAP_API_KEY) as AirgapApi;
    await api.copyText('hello');
    await api.getPrivacyReport();
    await api.getAppInfo();
    await api.chooseImportFiles('folder');
    expect(invoke.mock.calls).toEqual([
      [IPC_CHANNELS.copyText, 'hello'],
      [IPC_CHANNELS.getPrivacyReport],
      [IPC_CHANNELS.getAppInfo],
      [IPC_CHANNELS.chooseImportFiles, 'folder'],
    ]);
  });
});
