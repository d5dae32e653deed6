import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, isNavigationAllowed, setupNavigationGuards } from './navigation';
import { fakeApp, fakeEvent, fakeWebContents } from './test-fakes';

describe('isNavigationAllowed', () => {
  it('allows the app to move between its own pages', () => {
    expect(isNavigationAllowed('app://airgap/index.html#/article/aes-256')).toBe(true);
  });

  it.each(['https://www.heliguy.com/blog', 'file:///home/user/notes.md', 'javascript:alert(1)', 'app://x/'])(
    'refuses %s',
    (url) => {
      expect(isNavigationAllowed(url)).toBe(false);
    },
  );

  it('refuses every web URL', () => {
    fc.assert(fc.property(fc.webUrl(), (url) => !isNavigationAllowed(url)));
  });
});

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'cancels %s to the web and reports it, but lets app pages through',
    (eventName) => {
      const { contents, emitter } = fakeWebContents();
      const onDenied = vi.fn();
      guardWebContents(contents, onDenied);
      const away = fakeEvent('https://example.com/');
      const home = fakeEvent('app://airgap/index.html');
      emitter.emit(eventName, away);
      emitter.emit(eventName, home);
      expect(away.defaultPrevented).toBe(true);
      expect(home.defaultPrevented).toBe(false);
      expect(onDenied.mock.calls).toEqual([['https://example.com/']]);
    },
  );

  it('denies every new window, even one for an app page', () => {
    const { contents, openHandler } = fakeWebContents();
    const onDenied = vi.fn();
    guardWebContents(contents, onDenied);
    expect(openHandler()?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openHandler()?.({ url: 'app://airgap/index.html' })).toEqual({ action: 'deny' });
    expect(onDenied).toHaveBeenCalledTimes(2);
  });

  it('refuses to attach webviews', () => {
    const { contents, emitter } = fakeWebContents();
    guardWebContents(contents, () => {});
    const event = fakeEvent();
    emitter.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('setupNavigationGuards', () => {
  it('guards each web contents as soon as it is created', () => {
    const { app, emitter } = fakeApp();
    const onDenied = vi.fn();
    setupNavigationGuards(app, onDenied);
    const { contents, emitter: contentsEvents } = fakeWebContents();
    emitter.emit('web-contents-created', {}, contents);
    const event = fakeEvent('http://example.com/');
    contentsEvents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
    expect(onDenied).toHaveBeenCalledWith('http://example.com/');
  });

  it('answers every Bluetooth picker with no device and keeps WebRTC off raw UDP', () => {
    const { contents, emitter, webRtcPolicy } = fakeWebContents();
    guardWebContents(contents, () => undefined);
    const event = fakeEvent();
    let chosen: string | undefined;
    emitter.emit('select-bluetooth-device', event, [{ deviceId: 'a' }], (id: string) => (chosen = id));
    expect(event.defaultPrevented).toBe(true);
    expect(chosen).toBe('');
    expect(webRtcPolicy()).toBe('disable_non_proxied_udp');
  });
});
