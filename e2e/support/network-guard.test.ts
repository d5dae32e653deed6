import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foreignRequests, isOwnRequest } from './network-guard';

const PREVIEW = 'http://127.0.0.1:4321';
const ELECTRON = 'app://airgap';

describe('isOwnRequest', () => {
  it.each([
    [`${PREVIEW}/`, PREVIEW],
    [`${PREVIEW}/assets/index-abc.js?v=2#x`, PREVIEW],
    [`${PREVIEW}/data/search-index.json`, PREVIEW],
    [`${ELECTRON}/index.html`, ELECTRON],
    [`${ELECTRON}/assets/worker.js`, ELECTRON],
    [`blob:${PREVIEW}/0b1c2d3e-aaaa-bbbb-cccc-1234567890ab`, PREVIEW],
    [`blob:${ELECTRON}/0b1c2d3e-aaaa-bbbb-cccc-1234567890ab`, ELECTRON],
    ['data:text/plain;charset=utf-8,hello', PREVIEW],
    ['about:blank', ELECTRON],
  ])('accepts %s as staying inside %s', (url, origin) => {
    expect(isOwnRequest(url, origin)).toBe(true);
  });

  it.each([
    ['https://fonts.googleapis.com/css', PREVIEW],
    ['http://example.invalid/', PREVIEW],
    ['http://127.0.0.1:4322/', PREVIEW], // another local port is another origin
    ['http://localhost:4321/', PREVIEW], // same machine, different origin, may resolve elsewhere
    ['https://127.0.0.1:4321/', PREVIEW],
    ['ws://127.0.0.1:4321/', PREVIEW],
    [`${PREVIEW}@evil.example/`, PREVIEW], // userinfo trick: the host is evil.example
    ['app://airgap.evil/index.html', ELECTRON],
    ['app://other/index.html', ELECTRON],
    [`${PREVIEW}/`, ELECTRON],
    ['blob:https://evil.example/0b1c2d3e', PREVIEW],
    ['blob:null/0b1c2d3e', ELECTRON],
    ['blob:data:text/plain,x', PREVIEW],
    ['chrome-extension://abcdef/background.js', PREVIEW],
    ['not a url', PREVIEW],
    ['', PREVIEW],
  ])('flags %s as leaving %s', (url, origin) => {
    expect(isOwnRequest(url, origin)).toBe(false);
  });

  it('treats every path and query under the own origin as own', () => {
    fc.assert(
      fc.property(fc.webPath(), fc.webQueryParameters(), (path, query) => {
        expect(isOwnRequest(`${PREVIEW}${path || '/'}?${query}`, PREVIEW)).toBe(true);
      }),
    );
  });

  it('treats every other web URL as foreign', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        fc.pre(new URL(url).host !== '127.0.0.1:4321');
        expect(isOwnRequest(url, PREVIEW)).toBe(false);
      }),
    );
  });
});

describe('foreignRequests', () => {
  it('lists each foreign URL once, in first-seen order, and drops own ones', () => {
    const seen = [
      `${PREVIEW}/`,
      'https://b.example/x',
      `${PREVIEW}/assets/a.js`,
      'https://a.example/y',
      'https://b.example/x',
    ];
    expect(foreignRequests(seen, PREVIEW)).toEqual(['https://b.example/x', 'https://a.example/y']);
  });

  it('returns nothing when every request stayed home', () => {
    expect(foreignRequests([`${ELECTRON}/index.html`, `blob:${ELECTRON}/1`], ELECTRON)).toEqual([]);
  });
});
