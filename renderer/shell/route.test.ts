import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../archive/core/search/query';
import { formatRoute, parseRoute, type Route } from './route';

describe('routes', () => {
  it('reads the library, a search and an article opened from a search', () => {
    expect(parseRoute('')).toEqual({ view: 'library', query: '' });
    expect(parseRoute('#/?q=drone%20data')).toEqual({ view: 'library', query: 'drone data' });
    expect(parseRoute('#/article/dji-responds?q=AES-256')).toEqual({
      view: 'article',
      id: 'dji-responds',
      query: 'AES-256',
    });
  });

  it('reads the notebook and an article opened at one of its highlights', () => {
    expect(parseRoute('#/notebook')).toEqual({ view: 'notebook', query: '' });
    expect(parseRoute('#/privacy')).toEqual({ view: 'privacy', query: '' });
    expect(parseRoute('#/article/dji-responds?a=note-1')).toEqual({
      view: 'article',
      id: 'dji-responds',
      query: '',
      annotation: 'note-1',
    });
  });

  it('reads a Kiwix library by its UUID, and nothing that is not one', () => {
    const uuid = '0123456789abcdef0123456789abcdef';
    expect(parseRoute(`#/zim/${uuid}`)).toEqual({ view: 'zim', uuid, query: '' });
    expect(formatRoute({ view: 'zim', uuid, query: 'x' })).toBe(`#/zim/${uuid}`);
    expect(parseRoute('#/zim/../notebook')).toEqual({ view: 'library', query: '' });
    expect(parseRoute(`#/zim/${uuid.toUpperCase()}`)).toEqual({ view: 'library', query: '' });
  });

  it('falls back to the library for unknown or malformed hashes', () => {
    expect(parseRoute('#/nowhere')).toEqual({ view: 'library', query: '' });
    expect(parseRoute('#/article/%E0%A4%A')).toEqual({ view: 'library', query: '' });
  });

  it('round-trips any route, including queries full of Lunr syntax', () => {
    const route = fc.oneof(
      fc.record({ view: fc.constant('library' as const), query: fc.string() }),
      fc.record({
        view: fc.constant('article' as const),
        id: fc.string({ minLength: 1 }),
        query: fc.string(),
      }),
      fc.record({
        view: fc.constant('article' as const),
        id: fc.string({ minLength: 1 }),
        query: fc.string(),
        annotation: fc.string({ minLength: 1 }),
      }),
      fc.constant({ view: 'notebook' as const, query: '' }),
      fc.constant({ view: 'privacy' as const, query: '' }),
    );
    fc.assert(
      fc.property(route, (r: Route) => {
        expect(parseRoute(formatRoute(r))).toEqual(r);
      }),
    );
  });

  it('never puts more than the longest allowed query into the URL, and cuts a longer one when reading it', () => {
    const pasted = 'drone '.repeat(200);
    const hash = formatRoute({ view: 'library', query: pasted });
    const stored = new URLSearchParams(hash.split('?')[1]).get('q') ?? '';
    expect(stored).toBe(pasted.slice(0, MAX_QUERY_LENGTH));
    expect(parseRoute(`#/?q=${'a'.repeat(1000)}`).query).toHaveLength(MAX_QUERY_LENGTH);
    expect(parseRoute(formatRoute({ view: 'article', id: 'x', query: pasted })).query).toHaveLength(
      MAX_QUERY_LENGTH,
    );
  });
});
