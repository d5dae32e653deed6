import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppPath } from './app-path';

const root = path.resolve('/srv/airgap/renderer');

function isInside(filePath: string): boolean {
  return filePath === root || filePath.startsWith(root + path.sep);
}

describe('resolveAppPath', () => {
  it('maps / to index.html and nested paths to files under the root', () => {
    expect(resolveAppPath(root, '/')).toEqual({ ok: true, filePath: path.join(root, 'index.html') });
    expect(resolveAppPath(root, '/assets/index-abc.js')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'index-abc.js'),
    });
  });

  it.each([
    ['/../etc/passwd', 'dot segment in path'],
    ['/assets/%2e%2e/%2e%2e/etc/passwd', 'dot segment in path'],
    ['/%2E./secret', 'dot segment in path'],
    ['/..%2fsecret', 'dot segment in path'],
    ['/..%5csecret', 'backslash in path'],
    ['/index.html%00.png', 'NUL in path'],
    ['/%E0%A4%A', 'malformed percent-encoding'],
    ['relative/path', 'path must start with /'],
    ['/C:/Windows/win.ini', 'colon in path'],
    ['/index.html:$DATA', 'colon in path'],
    ['/assets/con', 'reserved device name in path'],
    ['/NUL.txt', 'reserved device name in path'],
    ['/com1 .js', 'reserved device name in path'],
  ])('refuses %s (%s)', (pathname, reason) => {
    expect(resolveAppPath(root, pathname)).toEqual({ ok: false, status: 403, reason });
  });

  it('refuses an absolute path smuggled in as an encoded double slash', () => {
    const result = resolveAppPath(root, '/%2Fetc%2Fpasswd');
    expect(result.ok).toBe(false);
  });

  it('still serves names that merely start like a device name', () => {
    expect(resolveAppPath(root, '/console.js').ok).toBe(true);
    expect(resolveAppPath(root, '/auxiliary/x.css').ok).toBe(true);
  });

  it('never resolves any pathname to a file outside the root', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (pathname) => {
        const result = resolveAppPath(root, pathname);
        return !result.ok || isInside(result.filePath);
      }),
      { numRuns: 1000 },
    );
  });

  it('never escapes the root with paths built from traversal fragments', () => {
    const fragment = fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E%2e',
      '.%2e',
      '%2f',
      '%2F',
      '%5c',
      '\\',
      '%00',
      '/',
      '//',
      'assets',
      'etc',
      'passwd',
      '%252e%252e',
      'C:',
      '~',
    );
    const pathname = fc
      .array(fragment, { minLength: 1, maxLength: 12 })
      .map((parts) => '/' + parts.join('/'));
    fc.assert(
      fc.property(pathname, (p) => {
        const result = resolveAppPath(root, p);
        return !result.ok || isInside(result.filePath);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('mimeTypeFor', () => {
  it('gives scripts, styles, pages and WebAssembly their types regardless of case', () => {
    expect(mimeTypeFor('/a/index.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/a/assets/zstd-x.WASM')).toBe('application/wasm');
    expect(mimeTypeFor('/a/x.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/a/x.css')).toBe('text/css; charset=utf-8');
  });

  it('serves unknown kinds as opaque bytes so the browser never sniffs them', () => {
    expect(mimeTypeFor('/a/x.exe')).toBe('application/octet-stream');
    expect(mimeTypeFor('/a/README')).toBe('application/octet-stream');
  });
});
