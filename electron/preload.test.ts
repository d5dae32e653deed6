import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AIRGAP_API_KEY, IPC_CHANNELS, IPC_EVENTS, type AirgapApi, type BlockedEvent } from './contract';

// The real 'electron' module tries to download a binary when required; the preload only needs these two objects.
const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => undefined);
const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
const on = vi.fn((channel: string, l: (event: unknown, payload: unknown) => void) =>
  listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)),
);
const removeListener = vi.fn((channel: string, l: (event: unknown, payload: unknown) => void) =>
  listeners.get(channel)?.delete(l),
);
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: { invoke, on, removeListener },
}));
const send = (channel: string, payload: unknown) =>
  listeners.get(channel)?.forEach((l) => l({ sender: 'ipc-internals', ports: [] }, payload));

beforeAll(async () => {
  await import('./preload');
});

describe('preload', () => {
  it('exposes exactly one object, under window.airgap, with only the contract methods', () => {
    expect([...exposed.keys()]).toEqual([AIRGAP_API_KEY]);
    expect(Object.keys(exposed.get(AIRGAP_API_KEY) as object).sort()).toEqual([
      'chooseImportFiles',
      'copyText',
      'eraseAllData',
      'getAppInfo',
      'getDataLocation',
      'getPrivacyReport',
      'listZimFiles',
      'onBlocked',
    ]);
  });

  it('forwards each call to its channel with its arguments and nothing else', async () => {
    const api = exposed.get(AIRGAP_API_KEY) as AirgapApi;
    await api.copyText('hello');
    await api.getPrivacyReport();
    await api.getAppInfo();
    await api.chooseImportFiles('folder');
    await api.getDataLocation();
    await api.eraseAllData();
    await api.listZimFiles();
    expect(invoke.mock.calls).toEqual([
      [IPC_CHANNELS.copyText, 'hello'],
      [IPC_CHANNELS.getPrivacyReport],
      [IPC_CHANNELS.getAppInfo],
      [IPC_CHANNELS.chooseImportFiles, 'folder'],
      [IPC_CHANNELS.getDataLocation],
      [IPC_CHANNELS.eraseAllData],
      [IPC_CHANNELS.listZimFiles],
    ]);
  });

  it('relays blocked events to the page without the Electron event object, until unsubscribed', () => {
    const api = exposed.get(AIRGAP_API_KEY) as AirgapApi;
    const seen: unknown[][] = [];
    const stop = api.onBlocked((...args) => seen.push(args));
    const event: BlockedEvent = { url: 'https://x.example/', at: 't', layer: 'requests', total: 1 };
    send(IPC_EVENTS.blocked, event);
    stop();
    send(IPC_EVENTS.blocked, { ...event, total: 2 });
    expect(seen).toEqual([[event]]);
    expect(listeners.get(IPC_EVENTS.blocked)?.size).toBe(0);
  });
});
