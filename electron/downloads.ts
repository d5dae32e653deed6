import type { App, Session } from 'electron';
import { isAppUrl } from './app-protocol';
import { onEverySession } from './sessions';

/**
 * Whether a download may start: only blobs the app made itself (an exported Markdown file). Anything else
 * would be a network fetch or a file the page did not create.
 */
export function isDownloadAllowed(url: string): boolean {
  if (!url.startsWith('blob:')) return false;
  return isAppUrl(url.slice('blob:'.length));
}

/**
 * Cancels every download that is not an app blob. Allowed downloads get no save path, which is what makes
 * Electron show the native save dialog so the user picks where the export goes.
 */
function hardenSessionDownloads(session: Session, onDenied: (url: string) => void): void {
  session.on('will-download', (event, item) => {
    const url = item.getURL();
    if (isDownloadAllowed(url)) return;
    event.preventDefault();
    onDenied(url);
  });
}

/** Applies the download policy to the default session and every session created later. */
export function setupDownloads(
  app: Pick<App, 'on'>,
  defaultSession: Session,
  onDenied: (url: string) => void,
): void {
  onEverySession(app, defaultSession, (session) => hardenSessionDownloads(session, onDenied));
}
