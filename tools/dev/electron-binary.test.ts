import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findElectronBinary,
  locateElectronBinary,
  mayDownloadElectron,
  type ElectronProbe,
} from './electron-binary';

const pkg = path.join('/repo', 'node_modules', 'electron');

function probe(files: Record<string, string>, env: Record<string, string> = {}): ElectronProbe {
  return {
    packageDir: pkg,
    env,
    readText: (p) => files[p],
    exists: (p) => p in files,
  };
}

describe('locateElectronBinary', () => {
  it('finds the executable named by path.txt inside the package dist folder', () => {
    const binary = path.join(pkg, 'dist', 'electron');
    expect(locateElectronBinary(probe({ [path.join(pkg, 'path.txt')]: 'electron', [binary]: '' }))).toEqual({
      ok: true,
      path: binary,
    });
  });

  it('explains a skipped download when path.txt is missing', () => {
    const status = locateElectronBinary(probe({}));
    expect(status.ok).toBe(false);
    expect(!status.ok && status.reason).toMatch(/never downloaded.*ELECTRON_SKIP_BINARY_DOWNLOAD/);
  });

  it('names the missing file when path.txt points at nothing', () => {
    const status = locateElectronBinary(probe({ [path.join(pkg, 'path.txt')]: 'electron\n' }));
    expect(status).toEqual({
      ok: false,
      reason: `the Electron binary is missing at ${path.join(pkg, 'dist', 'electron')}`,
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const binary = path.join('/opt/electron-45', 'electron');
    expect(
      locateElectronBinary(probe({ [binary]: '' }, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-45' })),
    ).toEqual({
      ok: true,
      path: binary,
    });
  });

  it('says to install dependencies when the package itself is absent', () => {
    expect(locateElectronBinary({ ...probe({}), packageDir: undefined })).toEqual({
      ok: false,
      reason: 'the electron npm package is not installed (run npm install)',
    });
  });
});

describe('findElectronBinary', () => {
  it('answers for this checkout without throwing or trying to download', () => {
    const status = findElectronBinary({});
    expect(status.ok ? status.path : status.reason).toMatch(/electron/i);
  });
});

describe('mayDownloadElectron', () => {
  it('lets the first start fetch Electron unless downloads are switched off', () => {
    expect(mayDownloadElectron({})).toBe(true);
    expect(mayDownloadElectron({ ELECTRON_SKIP_BINARY_DOWNLOAD: '' })).toBe(true);
    expect(mayDownloadElectron({ ELECTRON_SKIP_BINARY_DOWNLOAD: 'false' })).toBe(true);
    expect(mayDownloadElectron({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBe(false);
    expect(mayDownloadElectron({ ELECTRON_SKIP_BINARY_DOWNLOAD: 'true' })).toBe(false);
  });
});
