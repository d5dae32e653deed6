import type { App, WebContents } from 'electron';
import { isAppUrl } from './app-protocol';

/**
 * Whether a frame may navigate to url. Only the app's own pages qualify: a link in an article must never open
 * a web page inside the app, and the app never hands URLs to the system browser either.
 */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** Called with each URL a navigation, redirect, popup or webview tried to reach, for the privacy report. */
export type OnDenied = (url: string) => void;

/** Refuses off-app navigation, redirects, every new window and every webview in one web contents. */
export function guardWebContents(contents: WebContents, onDenied: OnDenied): void {
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (isNavigationAllowed(url)) return;
    event.preventDefault();
    onDenied(url);
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.setWindowOpenHandler(({ url }) => {
    onDenied(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event, _webPreferences, params) => {
    event.preventDefault();
    onDenied(params.src ?? 'webview:');
  });
  // Left unhandled, Electron picks the first Bluetooth device on its own; answer "none" instead.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  // WebRTC could reach a STUN server over UDP, which neither the CSP nor webRequest sees.
  contents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp');
}

/** Guards every web contents the app ever creates, including devtools and any future window. */
export function setupNavigationGuards(app: Pick<App, 'on'>, onDenied: OnDenied): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, onDenied));
}
