import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchList, type Match } from './match-list';

const matchesArb = fc.array(
  fc.record({ doc: fc.nat({ max: 2 ** 32 - 1 }), score: fc.double({ noNaN: true, min: 0 }) }),
  { maxLength: 30 },
);

describe('MatchList', () => {
  it('gives back the matches it was made of, in order', () => {
    fc.assert(
      fc.property(matchesArb, (matches) => {
        expect(MatchList.of(matches).toArray()).toEqual(matches);
      }),
    );
  });

  it('filters, picks, renumbers and joins as plain arrays do', () => {
    fc.assert(
      fc.property(matchesArb, matchesArb, (a, b) => {
        const odd = (doc: number): boolean => doc % 2 === 1;
        const list = MatchList.of(a);
        const plain = (ms: Match[]) => ms.map((m) => ({ doc: m.doc, score: m.score }));
        expect(list.filter(odd).toArray()).toEqual(plain(a.filter((m) => odd(m.doc))));
        expect(list.pick([...a.keys()].reverse()).toArray()).toEqual(plain([...a].reverse()));
        expect(list.mapDocs((doc) => doc >>> 1).toArray()).toEqual(
          plain(a.map((m) => ({ ...m, doc: m.doc >>> 1 }))),
        );
        expect(MatchList.concat([list, MatchList.of(b), MatchList.empty()]).toArray()).toEqual(
          plain([...a, ...b]),
        );
      }),
    );
  });

  it('keeps the list itself when a filter drops nothing, so most searches copy no matches', () => {
    const list = MatchList.of([{ doc: 3, score: 1 }]);
    expect(list.filter(() => true)).toBe(list);
  });

  it('refuses documents without a score each', () => {
    expect(() => new MatchList(new Uint32Array(2), new Float64Array(1))).toThrow(RangeError);
  });
});
