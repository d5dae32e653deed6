import { describe, expect, it } from 'vitest';
import { missingElectronMessage } from './start-electron';

describe('missingElectronMessage', () => {
  const message = missingElectronMessage('the Electron binary was never downloaded');

  it('says why Electron cannot start', () => {
    expect(message).toContain('the Electron binary was never downloaded.');
  });

  it('points at the local-browser preview on the loopback address', () => {
    expect(message).toMatch(/npm run preview.*127\.0\.0\.1/);
  });

  it('tells how to get Electron on a connected machine', () => {
    expect(message).toMatch(/internet access:\n\s+npx install-electron/);
  });
});
