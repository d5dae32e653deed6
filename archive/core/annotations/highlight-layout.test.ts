import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS } from './annotation';
import { layoutBlock, topHighlight, type Mark } from './highlight-layout';

const yellow: Mark = { start: 5, end: 20, kind: 'annotation', id: 'a1', color: 'yellow' };
const hit: Mark = { start: 12, end: 15, kind: 'search', id: 's1' };

/** Arbitrary marks around a block at offset 100, some outside it, some empty, some spanning it. */
const mark = fc.record(
  {
    start: fc.integer({ min: 80, max: 160 }),
    end: fc.integer({ min: 80, max: 160 }),
    kind: fc.constantFrom('annotation' as const, 'search' as const, 'find' as const),
    id: fc.string({ maxLength: 3 }),
    color: fc.constantFrom(...HIGHLIGHT_COLORS),
  },
  { requiredKeys: ['start', 'end', 'kind', 'id'] },
);

describe('layoutBlock', () => {
  it('splits a block where an annotation and a search hit inside it begin and end', () => {
    // Block "DJI drones use AES-256 encryption" starts at plain-text offset 0.
    const segments = layoutBlock(0, 'DJI drones use AES-256 encryption', [yellow, hit]);
    expect(segments).toEqual([
      { start: 0, text: 'DJI d', marks: [] },
      { start: 5, text: 'rones u', marks: [yellow] },
      { start: 12, text: 'se ', marks: [yellow, hit] },
      { start: 15, text: 'AES-2', marks: [yellow] },
      { start: 20, text: '56 encryption', marks: [] },
    ]);
  });

  it('clips a mark that starts in an earlier block and ends in this one', () => {
    const spanning: Mark = { start: 3, end: 14, kind: 'find', id: 'f' };
    expect(layoutBlock(10, 'abcdefgh', [spanning])).toEqual([
      { start: 10, text: 'abcd', marks: [spanning] },
      { start: 14, text: 'efgh', marks: [] },
    ]);
  });

  it('returns the whole block unmarked when marks lie elsewhere or are empty', () => {
    const elsewhere: Mark = { start: 0, end: 10, kind: 'search', id: 'x' };
    const empty: Mark = { start: 12, end: 12, kind: 'find', id: 'y' };
    expect(layoutBlock(10, 'abcdefgh', [elsewhere, empty])).toEqual([
      { start: 10, text: 'abcdefgh', marks: [] },
    ]);
  });

  it('returns no segments for an empty block', () => {
    expect(layoutBlock(4, '', [yellow])).toEqual([]);
  });

  it('covers the block exactly with consecutive segments carrying exactly their covering marks', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(mark, { maxLength: 8 }), (text, marks) => {
        const blockStart = 100;
        const segments = layoutBlock(blockStart, text, marks);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        let at = blockStart;
        for (const segment of segments) {
          expect(segment.start).toBe(at);
          expect(segment.text.length).toBeGreaterThan(0);
          at += segment.text.length;
          // Every character of the segment must be covered by exactly the segment's marks.
          for (let offset = segment.start; offset < at; offset++) {
            const covering = marks.filter((m) => m.start <= offset && offset < m.end);
            expect(segment.marks).toHaveLength(covering.length);
            covering.forEach((m, i) => expect(segment.marks[i]).toBe(m));
          }
        }
        expect(at).toBe(blockStart + text.length);
      }),
    );
  });

  it('never leaves two neighbouring segments with the same marks', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(mark, { maxLength: 8 }), (text, marks) => {
        const segments = layoutBlock(100, text, marks);
        // Compare by identity: two distinct marks may have equal fields.
        const sets = segments.map((s) => s.marks.map((m) => marks.indexOf(m)).join());
        for (let i = 1; i < sets.length; i++) expect(sets[i]).not.toBe(sets[i - 1]);
      }),
    );
  });
});

describe('topHighlight', () => {
  const mark = (id: string, start: number, end: number, createdAt: string): Mark => ({
    id,
    start,
    end,
    kind: 'annotation',
    color: 'yellow',
    createdAt,
  });

  it('puts the innermost highlight on top, then the newest, whatever order they come in', () => {
    const outer = mark('outer', 0, 50, '2026-01-03T00:00:00.000Z');
    const inner = mark('inner', 10, 20, '2026-01-01T00:00:00.000Z');
    const twin = mark('twin', 12, 22, '2026-01-02T00:00:00.000Z');
    expect(topHighlight([outer, inner])?.id).toBe('inner');
    expect(topHighlight([inner, twin, outer])?.id).toBe('twin');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.uuid(),
            start: fc.nat(40),
            len: fc.integer({ min: 1, max: 20 }),
            day: fc.integer({ min: 1, max: 28 }),
          }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (raw) => {
          const marks = raw.map((r) =>
            mark(r.id, r.start, r.start + r.len, `2026-01-${String(r.day).padStart(2, '0')}T00:00:00.000Z`),
          );
          expect(topHighlight([...marks].reverse())).toEqual(topHighlight(marks));
          const top = topHighlight(marks)!;
          for (const m of marks) expect(m.end - m.start).toBeGreaterThanOrEqual(top.end - top.start);
        },
      ),
    );
  });

  it('ignores search and find hits', () => {
    expect(topHighlight([{ id: 's', start: 0, end: 1, kind: 'search' }])).toBeUndefined();
  });
});
