import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isKiwixWorkerScript,
  META_CONTENT_SECURITY_POLICY,
  KIWIX_WORKER_CONTENT_SECURITY_POLICY,
} from './csp';
import { securityHeaders } from './security-headers';

const indexHtml = readFileSync(path.join(import.meta.dirname, '../renderer/index.html'), 'utf8');

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the meta tag of renderer/index.html plus frame-ancestors, which only a header can carry', () => {
    const metas = [
      ...indexHtml.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi),
    ];
    expect(metas).toHaveLength(1);
    expect(metas[0]?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('names no remote origin and no unsafe keyword', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-|data:/);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
  });

  it('lets only the workers that decode Kiwix files compile WebAssembly, and nothing evaluate strings', () => {
    expect(KIWIX_WORKER_CONTENT_SECURITY_POLICY).toBe(
      CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"),
    );
    expect(KIWIX_WORKER_CONTENT_SECURITY_POLICY.match(/unsafe-[a-z-]+/g)).toEqual(['unsafe-eval']);
    expect(isKiwixWorkerScript('/app/dist/renderer/assets/zim-worker-BMQaT6Y8.js')).toBe(true);
    expect(isKiwixWorkerScript('/app/dist/renderer/assets/search-worker-Cx_1-9.js')).toBe(true);
    for (const other of [
      '/assets/import-worker-x.js',
      '/assets/index-x.js',
      '/assets/search-worker-x.js.map',
      '/assets/zim-worker-x.js.map',
      '/zim-worker-x.js/evil.js',
    ])
      expect(isKiwixWorkerScript(other), other).toBe(false);
    expect(securityHeaders('text/javascript', '/a/zim-worker-x.js')['Content-Security-Policy']).toBe(
      KIWIX_WORKER_CONTENT_SECURITY_POLICY,
    );
    expect(securityHeaders('text/html', '/a/index.html')['Content-Security-Policy']).toBe(
      CONTENT_SECURITY_POLICY,
    );
  });
});
