import { describe, expect, it, vi } from 'vitest';
import type { AirgapApi, BlockedEvent, PrivacyReport } from '../../electron/contract';
import { createPrivacyMonitor, isLocalResource, RECENT_LIMIT } from './privacy-monitor';

const ORIGIN = 'app://airgap';

function page(desktop?: Partial<AirgapApi>) {
  const listeners: ((e: Event) => void)[] = [];
  let resources: (urls: string[]) => void = () => undefined;
  const monitor = createPrivacyMonitor({
    document: { addEventListener: (_type: string, l: (e: Event) => void) => void listeners.push(l) } as never,
    observeResources: (on) => (resources = on),
    origin: ORIGIN,
    desktop: desktop as AirgapApi | undefined,
  });
  const violate = (blockedURI: string, originalPolicy = 'header', timeStamp = 0) =>
    listeners.forEach((l) =>
      l({ blockedURI, effectiveDirective: 'img-src', originalPolicy, timeStamp } as unknown as Event),
    );
  return { monitor, violate, load: (urls: string[]) => resources(urls) };
}

function desktopApi(report: PrivacyReport) {
  let send: (e: BlockedEvent) => void = () => undefined;
  const api = {
    onBlocked: vi.fn((l: (e: BlockedEvent) => void) => {
      send = l;
      return () => undefined;
    }),
    getPrivacyReport: vi.fn(async () => report),
  };
  return { api, send: (e: BlockedEvent) => send(e) };
}

const empty: PrivacyReport = {
  blockedCount: 0,
  byLayer: { requests: 0, navigation: 0, downloads: 0 },
  blocked: [],
  since: 's',
};

describe('createPrivacyMonitor', () => {
  it('starts at zero and counts each CSP refusal as the browser reports it, telling subscribers', () => {
    const { monitor, violate } = page();
    const heard = vi.fn();
    monitor.subscribe(heard);
    expect(monitor.snapshot()).toEqual({ blocked: { csp: 0 }, recent: [], outside: [], desktop: false });
    violate('https://tracker.example/p.png');
    expect(monitor.snapshot().blocked).toEqual({ csp: 1 });
    expect(monitor.snapshot().recent).toMatchObject([{ url: 'https://tracker.example/p.png', layer: 'csp' }]);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('counts one attempt once though both the header and the meta policy report it, and a repeat again', () => {
    const { monitor, violate } = page();
    violate('https://t.example/p.png', 'header', 10);
    violate('https://t.example/p.png', 'meta', 12);
    expect(monitor.snapshot().blocked.csp).toBe(1);
    violate('https://t.example/p.png', 'header', 20);
    violate('https://t.example/p.png', 'meta', 21);
    expect(monitor.snapshot().blocked.csp).toBe(2);
  });

  it('lists resources loaded from outside the origin, and only those', () => {
    const { monitor, load } = page();
    load([`${ORIGIN}/assets/a.js`, 'blob:app://airgap/1', 'data:,x']);
    expect(monitor.snapshot().outside).toEqual([]);
    load(['https://cdn.example/font.woff2', 'https://cdn.example/font.woff2']);
    expect(monitor.snapshot().outside).toEqual(['https://cdn.example/font.woff2']);
  });

  it('in the desktop app, takes what was refused before it listened from the report, then each block live', async () => {
    const early: PrivacyReport = {
      blockedCount: 60,
      byLayer: { requests: 58, navigation: 2, downloads: 0 },
      blocked: [{ url: 'https://a.example/', at: 't1', layer: 'requests' }],
      since: 's',
    };
    const { api, send } = desktopApi(early);
    const { monitor } = page(api);
    await Promise.resolve();
    await Promise.resolve();
    expect(monitor.snapshot().blocked).toEqual({ csp: 0, requests: 58, navigation: 2, downloads: 0 });
    send({ url: 'https://b.example/', at: 't2', layer: 'downloads', total: 61 });
    // The same attempt heard twice (report and event) is counted once.
    send({ url: 'https://a.example/', at: 't1', layer: 'requests', total: 61 });
    expect(monitor.snapshot().blocked).toEqual({ csp: 0, requests: 58, navigation: 2, downloads: 1 });
    expect(monitor.snapshot().desktop).toBe(true);
  });

  it('keeps the recent list bounded while the counts go on', () => {
    const { api } = desktopApi(empty);
    const { monitor, violate } = page(api);
    for (let i = 0; i < RECENT_LIMIT + 5; i += 1) violate(`https://t.example/${i}`, 'header', i);
    expect(monitor.snapshot().recent).toHaveLength(RECENT_LIMIT);
    expect(monitor.snapshot().blocked.csp).toBe(RECENT_LIMIT + 5);
  });
});

describe('isLocalResource', () => {
  it('accepts the own origin, blobs and data URLs, and nothing else', () => {
    expect(isLocalResource('app://airgap/x', ORIGIN)).toBe(true);
    expect(isLocalResource('app://elsewhere/x', ORIGIN)).toBe(false);
    expect(isLocalResource('http://127.0.0.1:4321/x', 'http://127.0.0.1:4321')).toBe(true);
    expect(isLocalResource('http://127.0.0.1:4322/x', 'http://127.0.0.1:4321')).toBe(false);
    expect(isLocalResource('not a url', ORIGIN)).toBe(false);
  });
});
