import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';

/** What a fake session recorded, so tests can drive the handlers the code under test installed. */
export interface SessionSpy {
  beforeRequest?: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
  requestFilter?: { urls: string[] };
  spellCheckerEnabled?: boolean;
  dictionaryUrl?: string;
  permissionRequest?: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void;
  permissionCheck?: (wc: unknown, permission: string, origin: string) => boolean;
  devicePermission?: (details: { deviceType: string; origin: string }) => boolean;
}

/** A stand-in for Electron's Session that records what was installed on it (Electron cannot run here). */
export function fakeSession(): { session: Session; emitter: EventEmitter; spy: SessionSpy } {
  const emitter = new EventEmitter();
  const spy: SessionSpy = {};
  const session = Object.assign(emitter, {
    webRequest: {
      onBeforeRequest(filter: { urls: string[] }, listener: SessionSpy['beforeRequest']) {
        spy.requestFilter = filter;
        spy.beforeRequest = listener;
      },
    },
    setSpellCheckerEnabled: (enabled: boolean) => (spy.spellCheckerEnabled = enabled),
    setSpellCheckerDictionaryDownloadURL: (url: string) => (spy.dictionaryUrl = url),
    setPermissionRequestHandler: (h: SessionSpy['permissionRequest']) => (spy.permissionRequest = h),
    setPermissionCheckHandler: (h: SessionSpy['permissionCheck']) => (spy.permissionCheck = h),
    setDevicePermissionHandler: (h: SessionSpy['devicePermission']) => (spy.devicePermission = h),
  });
  return { session: session as unknown as Session, emitter, spy };
}

/** A stand-in for Electron's app: an event emitter, which is all the setup functions use of it. */
export function fakeApp(): { app: Pick<App, 'on'>; emitter: EventEmitter } {
  const emitter = new EventEmitter();
  return { app: emitter as unknown as Pick<App, 'on'>, emitter };
}

/** A cancellable event like the ones Electron passes to will-navigate and friends. */
export function fakeEvent(url = ''): { url: string; defaultPrevented: boolean; preventDefault(): void } {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** A stand-in for WebContents that keeps the window-open handler so tests can call it. */
export function fakeWebContents(): {
  contents: WebContents;
  emitter: EventEmitter;
  openHandler: () => ((details: { url: string }) => { action: string }) | undefined;
  webRtcPolicy: () => string | undefined;
} {
  const emitter = new EventEmitter();
  let handler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (h: typeof handler) => (handler = h),
    getURL: () => 'app://airgap/index.html',
    webRtcPolicy: undefined as string | undefined,
    setWebRTCIPHandlingPolicy(policy: string) {
      this.webRtcPolicy = policy;
    },
  });
  return {
    contents: contents as unknown as WebContents,
    emitter,
    openHandler: () => handler,
    webRtcPolicy: () => contents.webRtcPolicy,
  };
}
