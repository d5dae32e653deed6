import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocFilter } from './doc-filter';

const everyDoc = new Uint8Array(6).fill(1);

function allowedDocs(filter: DocFilter): number[] {
  return [...filter.allowed()].flatMap((allowed, doc) => (allowed === 1 ? [doc] : []));
}

describe('DocFilter', () => {
  it('allows every document when the query requires and excludes nothing', () => {
    expect(allowedDocs(new DocFilter(6, everyDoc))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('allows only documents holding every required word, counted once per word whatever its forms', () => {
    const filter = new DocFilter(6, everyDoc);
    filter.beginRequired();
    for (const doc of [1, 2, 2, 4]) filter.require(doc); // Two forms of one word in document 2.
    filter.beginRequired();
    for (const doc of [2, 4, 5]) filter.require(doc);
    expect(allowedDocs(filter)).toEqual([2, 4]);
  });

  it('drops excluded documents, with or without required words', () => {
    const filter = new DocFilter(6, everyDoc);
    filter.ban(3);
    filter.ban(3);
    expect(allowedDocs(filter)).toEqual([0, 1, 2, 4, 5]);
    filter.clear();
    filter.beginRequired();
    for (const doc of [1, 3]) filter.require(doc);
    filter.ban(3);
    expect(allowedDocs(filter)).toEqual([1]);
  });

  it('allows nothing when a required word is missing from the archive', () => {
    const filter = new DocFilter(6, everyDoc);
    filter.requireNothing();
    expect(allowedDocs(filter)).toEqual([]);
  });

  it('answers a query after clear as a fresh filter does', () => {
    const filter = new DocFilter(6, everyDoc);
    filter.beginRequired();
    for (const doc of [0, 1]) filter.require(doc);
    filter.ban(1);
    expect(allowedDocs(filter)).toEqual([0]);
    filter.clear();
    filter.beginRequired();
    filter.require(5);
    expect(allowedDocs(filter)).toEqual([5]);
    filter.clear();
    filter.ban(0);
    expect(allowedDocs(filter)).toEqual([1, 2, 3, 4, 5]);
    filter.clear();
    expect(allowedDocs(filter)).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...everyDoc]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('lists the allowed documents in order when words are required, and nothing to list otherwise', () => {
    const filter = new DocFilter(6, everyDoc);
    expect(filter.allowedList()).toBeUndefined();
    filter.beginRequired();
    for (const doc of [5, 1, 3]) filter.require(doc);
    filter.beginRequired();
    for (const doc of [3, 5, 0]) filter.require(doc);
    filter.ban(3);
    expect([...filter.allowedList()!]).toEqual([5]);
    filter.clear();
    filter.beginRequired();
    filter.requireNothing();
    expect([...filter.allowedList()!]).toEqual([]);
  });

  it('lists the same documents, ascending, whether few or most of the archive hold the words', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }).chain((docCount) =>
          fc.record({
            docCount: fc.constant(docCount),
            words: fc.array(fc.array(fc.nat(docCount - 1), { maxLength: docCount * 2 }), {
              minLength: 1,
              maxLength: 4,
            }),
            banned: fc.array(fc.nat(docCount - 1), { maxLength: 10 }),
          }),
        ),
        ({ docCount, words, banned }) => {
          const filter = new DocFilter(docCount, new Uint8Array(docCount).fill(1));
          for (const docs of words) {
            filter.beginRequired();
            for (const doc of docs) filter.require(doc);
          }
          for (const doc of banned) filter.ban(doc);
          const expected = [...Array(docCount).keys()].filter(
            (doc) => words.every((docs) => docs.includes(doc)) && !banned.includes(doc),
          );
          expect([...filter.allowedList()!]).toEqual(expected);
          expect(allowedDocs(filter)).toEqual(expected);
        },
      ),
    );
  });
});
