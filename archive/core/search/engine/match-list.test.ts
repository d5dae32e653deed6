import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchList } from './match-list';

const docsArb = fc.array(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 30 });

describe('MatchList', () => {
  it('filters, renumbers and joins as plain arrays do', () => {
    fc.assert(
      fc.property(docsArb, docsArb, (a, b) => {
        const odd = (doc: number): boolean => doc % 2 === 1;
        const list = MatchList.of(a);
        expect([...list.docs]).toEqual(a);
        expect([...list.filter(odd).docs]).toEqual(a.filter(odd));
        expect([...list.mapDocs((doc) => doc >>> 1).docs]).toEqual(a.map((doc) => doc >>> 1));
        expect([...MatchList.concat([list, MatchList.of(b), MatchList.empty()]).docs]).toEqual([...a, ...b]);
      }),
    );
  });

  it('keeps the list itself when a filter drops nothing, so most searches copy no matches', () => {
    const list = MatchList.of([3, 5]);
    expect(list.filter(() => true)).toBe(list);
  });
});
