import path from 'node:path';

/** Where a request for an app file leads: a file inside the root, or a refusal with the HTTP status to answer. */
export type AppPathResult = { ok: true; filePath: string } | { ok: false; status: 403 | 404; reason: string };

// Matches a segment Windows maps to a device whatever its extension or trailing spaces: con, nul.txt, COM1 .js.
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]) *(\.|$)/i;

/**
 * Maps a URL pathname ("/assets/x.js") to a file under rootDir, refusing anything that could escape it.
 * Shared by the app:// protocol and the preview server so both guard traversal the same way.
 */
export function resolveAppPath(rootDir: string, pathname: string): AppPathResult {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 403, reason: 'malformed percent-encoding' };
  }
  // Checked after decoding so %2e%2e, %5c and %00 cannot smuggle what the raw path would not.
  if (decoded.includes('\0')) return { ok: false, status: 403, reason: 'NUL in path' };
  if (decoded.includes('\\')) return { ok: false, status: 403, reason: 'backslash in path' };
  if (!decoded.startsWith('/')) return { ok: false, status: 403, reason: 'path must start with /' };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.'))
    return { ok: false, status: 403, reason: 'dot segment in path' };
  // On Windows "C:x" is drive-relative, "x:y" names an alternate data stream and "CON" or "nul.txt" open a
  // device in any folder; no built asset uses either, so refuse them everywhere rather than per platform.
  if (decoded.includes(':')) return { ok: false, status: 403, reason: 'colon in path' };
  if (segments.some((s) => WINDOWS_DEVICE_NAME.test(s))) {
    return { ok: false, status: 403, reason: 'reserved device name in path' };
  }
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) {
    return { ok: false, status: 403, reason: 'path escapes the app folder' };
  }
  return { ok: true, filePath };
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The Content-Type to serve a file with; unknown kinds are served as opaque bytes, never sniffed. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
