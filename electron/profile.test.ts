import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROFILE_DIR_ENV, resolveProfileDir, setupProfile } from './profile';

describe('resolveProfileDir', () => {
  it('keeps the default profile when the variable is unset or blank', () => {
    expect(resolveProfileDir({}, '/work')).toBeUndefined();
    expect(resolveProfileDir({ [PROFILE_DIR_ENV]: '   ' }, '/work')).toBeUndefined();
  });

  it('resolves a relative folder against the launch folder', () => {
    expect(resolveProfileDir({ [PROFILE_DIR_ENV]: 'e2e-artifacts/run-1' }, '/work')).toBe(
      path.resolve('/work', 'e2e-artifacts/run-1'),
    );
  });
});

describe('setupProfile', () => {
  const made: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'airgap-profile-'));
    made.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('creates the folder and points userData at it', () => {
    const dir = path.join(tempDir(), 'nested', 'profile');
    const setPath = vi.fn();
    expect(setupProfile({ setPath }, { [PROFILE_DIR_ENV]: dir }, '/', false)).toBe(dir);
    expect(existsSync(dir)).toBe(true);
    expect(setPath).toHaveBeenCalledWith('userData', dir);
  });

  it('ignores the override in a packaged app, so only development and tests can move the profile', () => {
    const dir = path.join(tempDir(), 'packaged');
    const setPath = vi.fn();
    expect(setupProfile({ setPath }, { [PROFILE_DIR_ENV]: dir }, '/', true)).toBeUndefined();
    expect(setPath).not.toHaveBeenCalled();
    expect(existsSync(dir)).toBe(false);
  });

  it('leaves Electron alone when no profile folder is given', () => {
    const setPath = vi.fn();
    expect(setupProfile({ setPath }, {}, '/', false)).toBeUndefined();
    expect(setPath).not.toHaveBeenCalled();
  });
});
