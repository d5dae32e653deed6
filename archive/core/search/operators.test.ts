import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOperators, withOperators } from './operators';

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
        if (!/source:|has:notes/i.test(query)) expect(rest).toBe(query.replace(/\s+/g, ' ').trim());
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
