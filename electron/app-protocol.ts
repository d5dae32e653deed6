import { readFile } from 'node:fs/promises';
import type { Privileges, Protocol } from 'electron';
import { mimeTypeFor, resolveAppPath } from './app-path';
import { CONTENT_SECURITY_POLICY } from './csp';

/** The custom scheme the renderer is served from; a standard scheme gives it a real origin and relative URLs. */
export const APP_SCHEME = 'app';
/** The only host the scheme answers for, so app://anything-else/ can never alias the app's files. */
export const APP_HOST = 'airgap';
/** The renderer's origin, the one every policy in electron/ compares against. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The URL the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges for app://: standard and secure make it behave like https (origin, storage, secure context),
 * supportFetchAPI lets the renderer fetch its data files. corsEnabled stays off so no other origin can read it.
 */
export const APP_SCHEME_PRIVILEGES: Readonly<Privileges> = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
};

/** True when url is exactly on the app origin (scheme app:, host airgap, no port or credentials). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Headers every app:// response carries, errors included, so the policy holds even on a 404 page. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
    // A reader needs none of these; saying so in the page's own policy is a second lock behind the handlers.
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), bluetooth=(), usb=(), hid=(), serial=(), display-capture=(), payment=()',
  };
}

/** What to do with one app:// request: serve a file under the renderer root, or refuse with a status. */
export type AppRequestPlan =
  | { kind: 'file'; filePath: string; contentType: string }
  | { kind: 'refuse'; status: 403 | 404 | 405; reason: string };

/** Decides how to answer a request without touching the disk; the traversal guard is resolveAppPath. */
export function planAppRequest(rootDir: string, url: string, method: string): AppRequestPlan {
  if (!isAppUrl(url)) return { kind: 'refuse', status: 403, reason: 'not the app origin' };
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'refuse', status: 405, reason: 'read-only' };
  const resolved = resolveAppPath(rootDir, new URL(url).pathname);
  if (!resolved.ok) return { kind: 'refuse', status: resolved.status, reason: resolved.reason };
  return { kind: 'file', filePath: resolved.filePath, contentType: mimeTypeFor(resolved.filePath) };
}

/** Reads a file's bytes; injected so tests can count reads. */
export type ReadBytes = (filePath: string) => Promise<Uint8Array>;

/** Answers one app:// request with the file it names, or a plain-text refusal; never throws. */
export async function serveAppRequest(
  rootDir: string,
  request: { url: string; method: string },
  read: ReadBytes = readFile,
): Promise<Response> {
  const plan = planAppRequest(rootDir, request.url, request.method);
  if (plan.kind === 'refuse') return refusal(plan.status, plan.reason);
  let bytes: Uint8Array;
  try {
    bytes = await read(plan.filePath);
  } catch {
    // Missing files and folders (EISDIR) alike are simply not part of the app.
    return refusal(404, 'not found');
  }
  // Copied into a fresh ArrayBuffer: a pooled Node Buffer may share its memory with other files.
  const body = request.method === 'HEAD' ? null : new Uint8Array(bytes);
  return new Response(body, { status: 200, headers: appResponseHeaders(plan.contentType) });
}

function refusal(status: number, reason: string): Response {
  return new Response(`${status} ${reason}\n`, {
    status,
    headers: appResponseHeaders('text/plain; charset=utf-8'),
  });
}

/** Declares app:// privileged; Electron only accepts this before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Serves rootDir (the Vite build) on app://airgap/ in the default session. */
export function setupAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rootDir, request));
}
