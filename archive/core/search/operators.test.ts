import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepsArticle, readOperators, withOperators } from './operators';

describe('readOperators', () => {
  it('takes out source: (bare or quoted) and has:notes, leaving the words as typed', () => {
    expect(readOperators('drone source:heliguy data')).toEqual({
      rest: 'drone data',
      sources: ['heliguy'],
      hasNotes: false,
    });
    expect(readOperators('source:"Drone audits" has:notes +dji')).toEqual({
      rest: '+dji',
      sources: ['Drone audits'],
      hasNotes: true,
    });
    // Inside a word or a phrase it is text, not an operator.
    expect(readOperators('opensource:x "source:y"').sources).toEqual([]);
  });

  it('never grows a query, and leaves a query without operators unchanged but for spaces', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const { rest } = readOperators(query);
        expect(rest.length).toBeLessThanOrEqual(query.length);
        if (!/source:|has:notes|tag:|before:|after:/i.test(query))
          expect(rest).toBe(query.replace(/\s+/g, ' ').trim());
      }),
    );
  });
});

describe('withOperators', () => {
  it('narrows the filter bar by the named sources, matched case-insensitively; an unknown one leaves nothing', () => {
    const known = ['DroneDJ', 'heliguy'];
    expect(withOperators({}, { rest: '', sources: ['HELIGUY'], hasNotes: false }, known)).toEqual({
      sources: ['heliguy'],
    });
    expect(
      withOperators({ sources: ['DroneDJ'] }, { rest: '', sources: ['heliguy'], hasNotes: true }, known),
    ).toEqual({ sources: ['\u0000no such source'], notes: 'with' });
  });
});

describe('tag:, before: and after:', () => {
  const meta = (id: string, date?: string) => ({ id, title: id, source: 's', ...(date && { date }) });

  it('takes them out of the query with what they name, and says so when a date is not one', () => {
    expect(readOperators('drone tag:"field work" before:2021 after:2019-06 tag:dji')).toEqual({
      rest: 'drone',
      sources: [],
      hasNotes: false,
      tags: ['field work', 'dji'],
      before: '2021',
      after: '2019-06',
    });
    expect(readOperators('drone before:yesterday').problem).toBe(
      'before: needs a date such as 2021, 2021-05 or 2021-05-14',
    );
    expect(readOperators('drone after:2021-13').problem).toMatch(/^after: needs a date/);
  });

  it('keeps articles dated before the start of before: and after the end of after:, never undated ones', () => {
    const window = readOperators('x after:2019 before:2021-03');
    expect(keepsArticle(meta('a', '2020-07-01'), window)).toBe(true);
    expect(keepsArticle(meta('b', '2019-12-31'), window)).toBe(false);
    expect(keepsArticle(meta('c', '2021-03-01'), window)).toBe(false);
    expect(keepsArticle(meta('d', '2021-02-28'), window)).toBe(true);
    expect(keepsArticle(meta('e'), window)).toBe(false);
    expect(keepsArticle(meta('e'), readOperators('x'))).toBe(true);
  });

  it('keeps an article only when notes on it carry every tag asked for, in any case', () => {
    const tagged = new Map([
      ['field', new Set(['a', 'b'])],
      ['dji', new Set(['a'])],
    ]);
    expect(keepsArticle(meta('a'), readOperators('x tag:FIELD tag:dji'), tagged)).toBe(true);
    expect(keepsArticle(meta('b'), readOperators('x tag:field tag:dji'), tagged)).toBe(false);
    expect(keepsArticle(meta('c'), readOperators('x tag:field'), tagged)).toBe(false);
  });

  it('agrees with a plain date comparison on any dates', () => {
    const day = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (date, bound) => {
        expect(keepsArticle(meta('a', date), readOperators(`x before:${bound}`))).toBe(date < bound);
        expect(keepsArticle(meta('a', date), readOperators(`x after:${bound}`))).toBe(date > bound);
        const year = bound.slice(0, 4);
        expect(keepsArticle(meta('a', date), readOperators(`x before:${year}`))).toBe(
          date.slice(0, 4) < year,
        );
      }),
    );
  });
});
