import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, mayDownloadElectron, runElectronInstaller } from './electron-binary';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The explanation printed when Electron cannot start here, with the two ways forward. */
export function missingElectronMessage(reason: string): string {
  return [
    'Cannot start Airgap in Electron on this machine:',
    `  ${reason}.`,
    '',
    'The same built app runs in a local browser instead:',
    '  npm run preview        (serves dist/renderer on http://127.0.0.1 only, nothing leaves the machine)',
    '',
    'To get Electron, on a machine with internet access:',
    "  npx install-electron   (the electron package's own installer; ELECTRON_SKIP_BINARY_DOWNLOAD unset)",
    '  npm start',
    'or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron release folder.',
  ].join('\n');
}

/** Launches Electron on the project folder, whose package.json "main" is dist/electron/main.cjs. */
function start(): void {
  let binary = findElectronBinary();
  if (!binary.ok && mayDownloadElectron(process.env)) {
    // Electron 45 fetches its binary on first use rather than at npm install: this first start is that use.
    console.log(`Electron is not downloaded yet (${binary.reason}); fetching it with its own installer…`);
    if (runElectronInstaller()) binary = findElectronBinary();
  }
  if (!binary.ok) {
    console.error(missingElectronMessage(binary.reason));
    process.exit(1);
  }
  if (!existsSync(path.join(repoRoot, 'dist', 'electron', 'main.cjs'))) {
    console.error('dist/electron/main.cjs is missing: run npm run build first (npm start does).');
    process.exit(1);
  }
  // ELECTRON_RUN_AS_NODE left over in a shell would start plain Node instead of the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  // The folder rather than main.cjs, so Electron reads package.json: the app is named Airgap, not Electron.
  const child = spawn(binary.path, ['.'], { cwd: repoRoot, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Could not run ${binary.path}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) start();
