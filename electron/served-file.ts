import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveAppPath, type AppPathResult } from './app-path';

/** The file-system calls the guard makes; injected so tests can count or fake them. */
export interface ServedFileFs {
  realpath(filePath: string): Promise<string>;
  isFile(filePath: string): Promise<boolean>;
}

const nodeFs: ServedFileFs = {
  realpath: (filePath) => realpath(filePath),
  isFile: async (filePath) => (await stat(filePath)).isFile(),
};

/** True when filePath is root itself or lies beneath it; both must already be absolute and normalised. */
export function isInsideRoot(root: string, filePath: string): boolean {
  return filePath === root || filePath.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * Maps a URL pathname to the real file to serve: the lexical guard first, then every symlink resolved, and
 * anything whose real path leaves the real root refused. Lexical checks alone would follow a link planted in the
 * served folder (dist/renderer/x -> /etc/passwd) straight out of it. Shared by app:// and the preview server.
 * The returned path has no symlinks left in it; swapping a folder for a link after this check would need write
 * access to the app's own files, which already means the attacker owns the app.
 */
export async function resolveServedFile(
  rootDir: string,
  pathname: string,
  fs: ServedFileFs = nodeFs,
): Promise<AppPathResult> {
  const lexical = resolveAppPath(rootDir, pathname);
  if (!lexical.ok) return lexical;
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await fs.realpath(path.resolve(rootDir));
    realFile = await fs.realpath(lexical.filePath);
  } catch {
    // Missing files and dangling links alike are simply not part of the app.
    return { ok: false, status: 404, reason: 'not found' };
  }
  if (!isInsideRoot(realRoot, realFile)) {
    return { ok: false, status: 403, reason: 'path leads outside the app folder' };
  }
  const isFile = await fs.isFile(realFile).catch(() => false);
  if (!isFile) return { ok: false, status: 404, reason: 'not found' };
  return { ok: true, filePath: realFile };
}
