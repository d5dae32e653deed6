import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Whether the Electron binary can be launched here: its path, or why not in words a person can act on. */
export type ElectronBinaryStatus = { ok: true; path: string } | { ok: false; reason: string };

/** The facts locateElectronBinary decides from, injected so tests need no real install. */
export interface ElectronProbe {
  /** The folder of the installed `electron` npm package, or undefined if it is not installed. */
  packageDir: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  /** Returns a file's text, or undefined if it cannot be read. */
  readText(filePath: string): string | undefined;
  exists(filePath: string): boolean;
}

/**
 * Finds the Electron executable the way the `electron` package does (path.txt inside the package, honouring
 * ELECTRON_OVERRIDE_DIST_PATH) but without requiring it: its index.js starts a download when the binary is
 * missing, which on an offline machine hangs or throws with a stack trace.
 */
export function locateElectronBinary(probe: ElectronProbe): ElectronBinaryStatus {
  if (probe.packageDir === undefined) {
    return { ok: false, reason: 'the electron npm package is not installed (run npm install)' };
  }
  const relative = probe.readText(path.join(probe.packageDir, 'path.txt'))?.trim() || undefined;
  const override = probe.env.ELECTRON_OVERRIDE_DIST_PATH?.trim();
  let binary: string;
  if (override) {
    binary = path.join(override, relative ?? 'electron');
  } else if (relative === undefined) {
    return {
      ok: false,
      reason:
        'the Electron binary was never downloaded (node_modules/electron/path.txt is missing: the package was ' +
        'installed offline or with ELECTRON_SKIP_BINARY_DOWNLOAD=1)',
    };
  } else {
    binary = path.join(probe.packageDir, 'dist', relative);
  }
  if (!probe.exists(binary)) return { ok: false, reason: `the Electron binary is missing at ${binary}` };
  return { ok: true, path: binary };
}

/** Locates the Electron binary installed in this project's node_modules. */
export function findElectronBinary(
  env: Readonly<Record<string, string | undefined>> = process.env,
): ElectronBinaryStatus {
  let packageDir: string | undefined;
  try {
    // Resolving package.json reads no code, so nothing tries to download.
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    packageDir = undefined;
  }
  return locateElectronBinary({
    packageDir,
    env,
    exists: existsSync,
    readText: (filePath) => {
      try {
        return readFileSync(filePath, 'utf8');
      } catch {
        return undefined;
      }
    },
  });
}

/**
 * Whether `npm start` may fetch the missing binary with Electron's own installer: Electron 45 has no postinstall
 * and downloads on first use, so on a connected machine the first start is where that happens. Respects
 * ELECTRON_SKIP_BINARY_DOWNLOAD, which offline installs set.
 */
export function mayDownloadElectron(env: Readonly<Record<string, string | undefined>>): boolean {
  const skip = env.ELECTRON_SKIP_BINARY_DOWNLOAD?.trim().toLowerCase();
  return skip === undefined || skip === '' || skip === '0' || skip === 'false';
}

/** Runs the electron package's installer (its `install-electron` bin), showing its progress; true on success. */
export function runElectronInstaller(): boolean {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return false;
  }
  const result = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    stdio: 'inherit',
    timeout: 15 * 60_000,
  });
  return result.status === 0;
}
