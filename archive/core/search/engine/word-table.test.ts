import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordTable } from './word-table';

describe('WordTable', () => {
  it('answers as a Map keyed by the span cut out would, for any words and spans', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }),
        fc.string({ maxLength: 40 }),
        (words, text) => {
          const table = new WordTable<number>(4);
          const map = new Map<string, number>();
          words.forEach((word, i) => {
            if (table.get(word, 0, word.length) === undefined) table.add(word, i);
            if (!map.has(word)) map.set(word, i);
          });
          expect(table.size).toBe(map.size);
          for (const [word, value] of map) expect(table.get(`<${word}>`, 1, word.length + 1)).toBe(value);
          for (let start = 0; start <= text.length; start++)
            for (let end = start; end <= text.length; end++)
              expect(table.get(text, start, end)).toBe(map.get(text.slice(start, end)));
        },
      ),
    );
  });
});
