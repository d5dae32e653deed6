import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { App } from 'electron';

/** The environment variable that points the app at a profile folder of its own (tests use a fresh one per run). */
export const PROFILE_DIR_ENV = 'AIRGAP_PROFILE_DIR';

/** The profile folder to use, as an absolute path, or undefined to keep Electron's per-user default. */
export function resolveProfileDir(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string | undefined {
  const value = env[PROFILE_DIR_ENV]?.trim();
  if (!value) return undefined;
  // Resolved against the launch folder so a relative value means the same thing to the test and to the app.
  return path.resolve(cwd, value);
}

/**
 * Moves userData (IndexedDB, preferences, the single-instance lock) to AIRGAP_PROFILE_DIR when set, in
 * development and tests only: a packaged app ignores it, so nothing in the user's environment can point their
 * notes at a folder someone else chose. Must run before the app is ready and before the single-instance lock is
 * taken. Returns the folder used.
 */
export function setupProfile(
  app: Pick<App, 'setPath'>,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  packaged: boolean,
): string | undefined {
  if (packaged) return undefined;
  const dir = resolveProfileDir(env, cwd);
  if (dir === undefined) return undefined;
  // Electron's setPath throws for a folder that does not exist yet.
  mkdirSync(dir, { recursive: true });
  app.setPath('userData', dir);
  return dir;
}
