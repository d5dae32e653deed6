import { readFile } from 'node:fs/promises';
import type { Privileges, Protocol } from 'electron';
import { mimeTypeFor } from './app-path';
import { securityHeaders } from './security-headers';
import { resolveServedFile, type ServedFileFs } from './served-file';
import { ZIM_FILE_URL_PATH } from './contract';
import { serveZimRange, type ZimFileRegistry } from './zim-files';

/** The custom scheme the renderer is served from; a standard scheme gives it a real origin and relative URLs. */
export const APP_SCHEME = 'app';
/** The only host the scheme answers for, so app://anything-else/ can never alias the app's files. */
const APP_HOST = 'airgap';
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

/** What to do with one app:// request before any disk access: look for a file, or refuse with a status. */
export type AppRequestPlan =
  { kind: 'file'; pathname: string } | { kind: 'refuse'; status: 403 | 404 | 405; reason: string };

/** Checks the origin and method; the path itself is guarded by resolveServedFile. */
export function planAppRequest(url: string, method: string): AppRequestPlan {
  if (!isAppUrl(url)) return { kind: 'refuse', status: 403, reason: 'not the app origin' };
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'refuse', status: 405, reason: 'read-only' };
  return { kind: 'file', pathname: new URL(url).pathname };
}

/** Reads a file's bytes; injected so tests can count reads. */
export type ReadBytes = (filePath: string) => Promise<Uint8Array>;

/** Answers one app:// request with the file it names, or a plain-text refusal; never throws. */
export async function serveAppRequest(
  rootDir: string,
  request: { url: string; method: string; headers?: Pick<Headers, 'get'> },
  read: ReadBytes = readFile,
  fs?: ServedFileFs,
  zimFiles?: Pick<ZimFileRegistry, 'resolve'>,
): Promise<Response> {
  const plan = planAppRequest(request.url, request.method);
  if (plan.kind === 'refuse') return refusal(plan.status, plan.reason);
  // A picked ZIM file, read a range at a time; the registry checks the UUID, the range is checked against it.
  if (plan.pathname.startsWith(ZIM_FILE_URL_PATH) && zimFiles) {
    const uuid = plan.pathname.slice(ZIM_FILE_URL_PATH.length);
    return serveZimRange(zimFiles, uuid, request.headers?.get('Range') ?? null, (type) =>
      securityHeaders(type),
    );
  }
  const resolved = await resolveServedFile(rootDir, plan.pathname, fs);
  if (!resolved.ok) return refusal(resolved.status, resolved.reason);
  let bytes: Uint8Array;
  try {
    bytes = await read(resolved.filePath);
  } catch {
    return refusal(404, 'not found');
  }
  // Copied into a fresh ArrayBuffer: a pooled Node Buffer may share its memory with other files.
  const body = request.method === 'HEAD' ? null : new Uint8Array(bytes);
  return new Response(body, {
    status: 200,
    headers: securityHeaders(mimeTypeFor(resolved.filePath), resolved.filePath),
  });
}

function refusal(status: number, reason: string): Response {
  return new Response(`${status} ${reason}\n`, {
    status,
    headers: securityHeaders('text/plain; charset=utf-8'),
  });
}

/** Declares app:// privileged; Electron only accepts this before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Serves rootDir (the Vite build) and ranges of the picked ZIM files on app://airgap/ in the default session. */
export function setupAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  rootDir: string,
  zimFiles: Pick<ZimFileRegistry, 'resolve'>,
): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rootDir, request, readFile, undefined, zimFiles));
}
