import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
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
  it('creates the folder and points userData at it', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'airgap-profile-')), 'nested', 'profile');
    const setPath = vi.fn();
    expect(setupProfile({ setPath }, { [PROFILE_DIR_ENV]: dir }, '/', false)).toBe(dir);
    expect(existsSync(dir)).toBe(true);
    expect(setPath).toHaveBeenCalledWith('userData', dir);
  });

  it('ignores the override in a packaged app, so only development and tests can move the profile', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'airgap-profile-')), 'packaged');
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
