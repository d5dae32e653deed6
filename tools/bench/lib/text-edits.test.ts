import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editRandomly, overlap, type TrackedPassage } from './text-edits';
import { mulberry32 } from './random';

describe('editRandomly', () => {
  it('keeps every surviving character of a tracked passage inside its tracked range, whatever the edits', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }),
        fc.nat(50),
        fc.integer(),
        (text, count, seed) => {
          // Each character is tagged by its index, so after editing the passage's surviving tags can be read back.
          const tagged = [...text].map((_, i) => String.fromCharCode(0x4e00 + i)).join('');
          const start = Math.floor(tagged.length / 3);
          const end = Math.max(start + 1, Math.floor((2 * tagged.length) / 3));
          const passage: TrackedPassage = { range: { start, end } };
          const edited = editRandomly(tagged, count, mulberry32(seed), [passage]);
          if (passage.range === null) return;
          const inside = [...edited.slice(passage.range.start, passage.range.end)];
          const original = new Set([...tagged.slice(start, end)]);
          // Every character of the passage that survived the edits is inside the tracked range.
          for (const c of [...edited]) {
            if (original.has(c)) expect(inside).toContain(c);
          }
        },
      ),
    );
  });
});

describe('overlap', () => {
  it('is 1 for the same range, 0 for disjoint ones, and symmetric', () => {
    expect(overlap({ start: 2, end: 5 }, { start: 2, end: 5 })).toBe(1);
    expect(overlap({ start: 0, end: 2 }, { start: 2, end: 5 })).toBe(0);
    expect(overlap({ start: 0, end: 4 }, { start: 2, end: 6 })).toBe(
      overlap({ start: 2, end: 6 }, { start: 0, end: 4 }),
    );
  });
});
