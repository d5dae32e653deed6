import type { App, Session } from 'electron';
import { onEverySession } from './sessions';

/**
 * Decides a permission request or check. An offline reader needs no camera, location, notifications, clipboard
 * reads or devices, so the answer is always no; copying goes through the main process (AirgapApi.copyText).
 */
export function isPermissionGranted(_permission: string, _requestingUrl: string): boolean {
  return false;
}

/** Denies every permission request, permission check and device grant in one session. */
export function hardenSessionPermissions(session: Session): void {
  session.setPermissionRequestHandler((webContents, permission, callback) => {
    callback(isPermissionGranted(permission, webContents.getURL()));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler((details) => isPermissionGranted(details.deviceType, details.origin));
  // Device pickers are not permission requests: each one is answered "no device" here.
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
}

/** Applies the permission policy to the default session and every session created later. */
export function setupPermissions(app: Pick<App, 'on'>, defaultSession: Session): void {
  onEverySession(app, defaultSession, hardenSessionPermissions);
}
