import { CONTENT_SECURITY_POLICY, isKiwixWorkerScript, KIWIX_WORKER_CONTENT_SECURITY_POLICY } from './csp';

/**
 * The features a reader never needs, refused in the page's own policy as a second lock behind the handlers.
 * Only names Chromium knows: an unknown one (such as bluetooth) logs a warning on every load.
 */
const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), usb=(), hid=(), serial=(), display-capture=(), payment=()';

/**
 * The headers on every response of both servers, app:// in the desktop app and the preview server in the browser
 * build, errors included: one set, so the browser e2e project tests exactly what the desktop app sends. `filePath`
 * is the file served, for the two scripts with a policy of their own (see KIWIX_WORKER_CONTENT_SECURITY_POLICY).
 */
export function securityHeaders(contentType: string, filePath = ''): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': isKiwixWorkerScript(filePath)
      ? KIWIX_WORKER_CONTENT_SECURITY_POLICY
      : CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // Revalidated on every load, so a rebuilt app is never served stale; nothing is private to a network cache.
    'Cache-Control': 'no-cache',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}
