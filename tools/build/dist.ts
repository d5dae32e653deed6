import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, type ElectronBinaryStatus } from '../dev/electron-binary';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The electron-builder configuration, relative to the repository root. */
export const BUILDER_CONFIG = 'build/electron-builder.yml';

/** Everything planDist decides from, injected so tests need neither Electron nor electron-builder. */
export interface DistInput {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  electronBinary: ElectronBinaryStatus;
  electronVersion: string;
  /** Extra electron-builder arguments from the command line, e.g. --dir or --linux deb. */
  extraArgs: readonly string[];
  isDirectory(folder: string): boolean;
}

/** Either the electron-builder arguments plus notes to print first, or why packaging cannot happen here. */
export type DistPlan = { ok: true; args: string[]; notes: string[] } | { ok: false; message: string };

/** Decides how to call electron-builder, or explains what this machine lacks. */
export function planDist(input: DistInput): DistPlan {
  const base = ['--config', BUILDER_CONFIG];
  const electronDist = input.env.ELECTRON_DIST?.trim();
  if (electronDist) {
    const folder = path.resolve(input.cwd, electronDist);
    if (!input.isDirectory(folder)) {
      return { ok: false, message: `ELECTRON_DIST=${electronDist} is not a folder (resolved to ${folder}).` };
    }
    return {
      ok: true,
      args: [...base, `-c.electronDist=${folder}`, ...input.extraArgs],
      notes: [
        `Packaging with the Electron release unpacked in ${folder}.`,
        'Offline, only the dir target can be built: npm run dist -- --dir. The deb and AppImage targets',
        'download their packaging tools from GitHub, and other platforms need their own Electron release.',
      ],
    };
  }
  if (!input.electronBinary.ok) {
    return {
      ok: false,
      message: [
        'Cannot package Airgap on this machine:',
        `  ${input.electronBinary.reason}.`,
        `electron-builder wraps the app in an Electron ${input.electronVersion} release and would download it`,
        '(and the deb/AppImage tools) from GitHub, which this machine cannot reach. Instead either:',
        '  - run npm run dist on a machine with internet access, or',
        `  - unpack Electron ${input.electronVersion} for this platform and run`,
        '    ELECTRON_DIST=/path/to/electron npm run dist -- --dir',
      ].join('\n'),
    };
  }
  return { ok: true, args: [...base, ...input.extraArgs], notes: [] };
}

function isDirectory(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

function electronVersion(require: NodeJS.Require): string {
  try {
    const pkg = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return '(not installed)';
  }
}

/** Runs electron-builder as planned and exits with its status; never prints a stack trace of its own. */
function dist(): void {
  const require = createRequire(import.meta.url);
  const plan = planDist({
    env: process.env,
    cwd: process.cwd(),
    electronBinary: findElectronBinary(),
    electronVersion: electronVersion(require),
    extraArgs: process.argv.slice(2),
    isDirectory,
  });
  if (!plan.ok) {
    console.error(plan.message);
    process.exit(1);
  }
  for (const note of plan.notes) console.log(note);
  // node + cli.js rather than the .bin shim, which is a .cmd file on Windows.
  const cli = require.resolve('electron-builder/cli.js');
  const result = spawnSync(process.execPath, [cli, ...plan.args], { cwd: repoRoot, stdio: 'inherit' });
  if (result.error) console.error(`Could not run electron-builder: ${result.error.message}`);
  process.exit(result.status ?? 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) dist();
