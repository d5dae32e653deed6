import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isDownloadAllowed, setupDownloads } from './downloads';
import { fakeApp, fakeEvent, fakeSession } from './test-fakes';

describe('isDownloadAllowed', () => {
  it('allows the blobs the app creates for Markdown exports', () => {
    expect(isDownloadAllowed('blob:app://airgap/0b6a8f5e-7d1c-4c11-9d2e-3f4a5b6c7d8e')).toBe(true);
  });

  it.each([
    'app://airgap/index.html',
    'https://example.com/report.md',
    'blob:https://example.com/0b6a8f5e',
    'blob:app://other/0b6a8f5e',
    'data:text/markdown,hello',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(isDownloadAllowed(url)).toBe(false);
  });

  it('refuses every web URL and every blob a web origin made', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => !isDownloadAllowed(url) && !isDownloadAllowed(`blob:${url}`)),
    );
  });
});

describe('setupDownloads', () => {
  it('cancels foreign downloads and leaves app exports to the native save dialog', () => {
    const { app } = fakeApp();
    const { session, emitter } = fakeSession();
    const onDenied = vi.fn();
    setupDownloads(app, session, onDenied);

    const foreign = fakeEvent();
    const foreignItem = { getURL: () => 'https://example.com/x.zip', setSavePath: vi.fn() };
    emitter.emit('will-download', foreign, foreignItem);
    const own = fakeEvent();
    const ownItem = { getURL: () => 'blob:app://airgap/1234', setSavePath: vi.fn() };
    emitter.emit('will-download', own, ownItem);

    expect(foreign.defaultPrevented).toBe(true);
    expect(own.defaultPrevented).toBe(false);
    // A save path set here would skip the dialog; the user must choose where an export goes.
    expect(ownItem.setSavePath).not.toHaveBeenCalled();
    expect(onDenied.mock.calls).toEqual([['https://example.com/x.zip']]);
  });
});
