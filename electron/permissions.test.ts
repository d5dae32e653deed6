import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hardenSessionPermissions, isPermissionGranted, setupPermissions } from './permissions';
import { fakeApp, fakeEvent, fakeSession } from './test-fakes';

describe('isPermissionGranted', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'openExternal',
  ])('denies %s even to the app itself', (permission) => {
    expect(isPermissionGranted(permission, 'app://airgap/index.html')).toBe(false);
  });

  it('denies any permission to any origin', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (p, url) => !isPermissionGranted(p, url)));
  });
});

describe('setupPermissions', () => {
  it('installs handlers that refuse requests, checks and devices in every session', () => {
    const { app, emitter } = fakeApp();
    const first = fakeSession();
    const later = fakeSession();
    setupPermissions(app, first.session);
    emitter.emit('session-created', later.session);
    const webContents = { getURL: () => 'app://airgap/index.html' };
    for (const { spy } of [first, later]) {
      const granted: boolean[] = [];
      spy.permissionRequest?.(webContents, 'media', (g) => granted.push(g));
      expect(granted).toEqual([false]);
      expect(spy.permissionCheck?.(webContents, 'clipboard-read', 'app://airgap')).toBe(false);
      expect(spy.devicePermission?.({ deviceType: 'usb', origin: 'app://airgap' })).toBe(false);
    }
  });

  it('answers HID, serial and USB device pickers with no device', () => {
    const { session, emitter } = fakeSession();
    hardenSessionPermissions(session);
    const picks: unknown[] = [];
    for (const [name, args] of [
      ['select-hid-device', [{}]],
      ['select-serial-port', [[], {}]],
      ['select-usb-device', [{}]],
    ] as const) {
      const event = fakeEvent();
      emitter.emit(name, event, ...args, (...choice: unknown[]) => picks.push(choice));
      expect(event.defaultPrevented, name).toBe(true);
    }
    // null, '' and no argument are each API's way of saying "no device".
    expect(picks).toEqual([[null], [''], []]);
  });
});
