import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DebugLogger } from 'builder-util';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILDER_CONFIG, planDist, type DistInput } from './dist';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const config = parse(readFileSync(path.join(repoRoot, BUILDER_CONFIG), 'utf8')) as Configuration;

const missing = { ok: false, reason: 'the Electron binary was never downloaded' } as const;
const input = (over: Partial<DistInput>): DistInput => ({
  env: {},
  cwd: '/repo',
  electronBinary: missing,
  electronVersion: '45.4.1',
  extraArgs: [],
  isDirectory: () => true,
  ...over,
});

describe('planDist', () => {
  it('passes ELECTRON_DIST to electron-builder as an absolute electronDist and warns what works offline', () => {
    const plan = planDist(input({ env: { ELECTRON_DIST: 'vendor/electron' }, extraArgs: ['--dir'] }));
    expect(plan).toMatchObject({
      ok: true,
      args: [
        '--config',
        BUILDER_CONFIG,
        `-c.electronDist=${path.resolve('/repo', 'vendor/electron')}`,
        '--dir',
      ],
    });
    expect(plan.ok && plan.notes.join(' ')).toMatch(/only the dir target/);
  });

  it('refuses an ELECTRON_DIST that is not a folder', () => {
    const plan = planDist(input({ env: { ELECTRON_DIST: '/nope' }, isDirectory: () => false }));
    expect(plan).toEqual({
      ok: false,
      message: expect.stringContaining('ELECTRON_DIST=/nope is not a folder'),
    });
  });

  it('explains, without running anything, what it cannot do when there is no Electron at all', () => {
    const plan = planDist(input({}));
    expect(plan.ok).toBe(false);
    const message = plan.ok ? '' : plan.message;
    expect(message).toContain('the Electron binary was never downloaded.');
    expect(message).toContain('Electron 45.4.1');
    expect(message).toContain('ELECTRON_DIST=/path/to/electron npm run dist -- --dir');
  });

  it('lets electron-builder fetch what it needs when a normal install brought Electron', () => {
    const plan = planDist(
      input({ electronBinary: { ok: true, path: '/x/electron' }, extraArgs: ['--linux'] }),
    );
    expect(plan).toEqual({ ok: true, args: ['--config', BUILDER_CONFIG, '--linux'], notes: [] });
  });
});

describe('build/electron-builder.yml', () => {
  it('is a valid electron-builder configuration', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('packs only the built app into an asar archive', () => {
    expect(config.files).toEqual(['dist/**', 'package.json']);
    expect(config.asar).toBe(true);
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('sets every fuse that closes a way to run foreign code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('declares installers for Linux, Windows and macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb', 'dir']);
    expect(config.win?.target).toEqual(['nsis', 'portable']);
    expect(config.mac?.target).toEqual(['dmg', 'zip']);
  });

  it('ships a 512x512 PNG icon', () => {
    const png = readFileSync(path.join(repoRoot, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The IHDR chunk stores width and height as big-endian integers at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
