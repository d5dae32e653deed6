import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

const indexHtml = readFileSync(path.join(import.meta.dirname, '../renderer/index.html'), 'utf8');

describe('CONTENT_SECURITY_POLICY', () => {
  it('is exactly the policy in the meta tag of renderer/index.html, so the page and the response headers agree', () => {
    const metas = [
      ...indexHtml.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi),
    ];
    expect(metas).toHaveLength(1);
    expect(metas[0]?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('names no remote origin and no unsafe keyword', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-|data:/);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
  });
});
