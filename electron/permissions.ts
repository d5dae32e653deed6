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
}

/** Applies the permission policy to the default session and every session created later. */
export function setupPermissions(app: Pick<App, 'on'>, defaultSession: Session): void {
  onEverySession(app, defaultSession, hardenSessionPermissions);
}
