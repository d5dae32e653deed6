import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSnippet, normalizeRanges } from './snippet';
import type { TextRange } from '../articles/text-range';

/** Ranges of every occurrence of `word` in `text`. */
function find(text: string, word: string): TextRange[] {
  return [...text.matchAll(new RegExp(word, 'g'))].map((m) => ({
    start: m.index,
    end: m.index + word.length,
  }));
}

function highlighted(snippet: { text: string; highlights: TextRange[] }): string[] {
  return snippet.highlights.map((h) => snippet.text.slice(h.start, h.end));
}

const filler = (n: number, word = 'lorem') => Array.from({ length: n }, () => word).join(' ');

describe('normalizeRanges', () => {
  it('sorts, merges overlapping or touching ranges, drops empty ones and clips to the length', () => {
    const ranges = [
      { start: 10, end: 12 },
      { start: 0, end: 3 },
      { start: 2, end: 5 },
      { start: 5, end: 6 },
      { start: 8, end: 8 },
      { start: 11, end: 40 },
    ];
    expect(normalizeRanges(ranges, 20)).toEqual([
      { start: 0, end: 6 },
      { start: 10, end: 20 },
    ]);
  });
});

describe('makeSnippet', () => {
  it('starts at the beginning of the body when nothing matched, ending on a word boundary', () => {
    const body = filler(100);
    const snippet = makeSnippet(body, [], 50);
    expect(snippet.text).toBe(filler(8));
    expect(snippet).toMatchObject({ start: 0, highlights: [], startsMidText: false, endsMidText: true });
  });

  it('returns a short body whole', () => {
    const body = 'Short text about drones.';
    expect(makeSnippet(body, find(body, 'drones'))).toEqual({
      text: body,
      highlights: [{ start: 17, end: 23 }],
      start: 0,
      startsMidText: false,
      endsMidText: false,
    });
  });

  it('centres a lone match in the middle of a long body and cuts at whole words', () => {
    const body = `${filler(60)} the drone flew ${filler(60)}`;
    const snippet = makeSnippet(body, find(body, 'drone'), 60);
    expect(highlighted(snippet)).toEqual(['drone']);
    expect(snippet.text).toMatch(/^lorem .* the drone flew .* lorem$/);
    expect(snippet.text.length).toBeLessThanOrEqual(60);
    expect(body.slice(snippet.start, snippet.start + snippet.text.length)).toBe(snippet.text);
    expect(snippet).toMatchObject({ startsMidText: true, endsMidText: true });
    const before = snippet.text.indexOf('drone');
    const after = snippet.text.length - before - 'drone'.length;
    expect(Math.abs(before - after)).toBeLessThan(12);
  });

  it('prefers the passage where different query words meet over one with a single word repeated', () => {
    const body = `${filler(10, 'drone')} ${filler(40)} drone data security here ${filler(40)}`;
    const matches = [...find(body, 'drone'), ...find(body, 'data'), ...find(body, 'security')];
    const snippet = makeSnippet(body, matches, 80);
    expect(highlighted(snippet)).toEqual(['drone', 'data', 'security']);
  });

  it('prefers more matches when the windows have as many different words', () => {
    const body = `drone ${filler(40)} drone drone drone ${filler(40)}`;
    const snippet = makeSnippet(body, find(body, 'drone'), 60);
    expect(highlighted(snippet)).toEqual(['drone', 'drone', 'drone']);
    expect(snippet.startsMidText).toBe(true);
  });

  it('keeps the beginning of a match that is longer than the snippet', () => {
    const body = `intro ${'x'.repeat(300)} outro`;
    const snippet = makeSnippet(body, [{ start: 6, end: 306 }], 100);
    expect(snippet.text.length).toBeLessThanOrEqual(100);
    expect(snippet.highlights[0]?.start).toBe(6 - snippet.start);
  });

  it('never splits an emoji at the edge of a snippet', () => {
    const body = '😀'.repeat(200);
    const snippet = makeSnippet(body, [{ start: 200, end: 202 }], 51);
    expect(snippet.text).toMatch(/^(😀)+$/u);
  });
});

const body = fc
  .array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(' ', '\n\n', 'drone', '😀', 'é')), {
    maxLength: 120,
  })
  .map((parts) => parts.join(''));

const withMatches = body.chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(
      fc
        .tuple(fc.nat({ max: text.length + 5 }), fc.nat({ max: 30 }))
        .map(([start, length]) => ({ start, end: start + length })),
      { maxLength: 15 },
    ),
    fc.integer({ min: 1, max: 250 }),
  ),
);

describe('makeSnippet properties', () => {
  it('copies the body verbatim, stays within the length and highlights only matched text', () => {
    fc.assert(
      fc.property(withMatches, ([text, matches, maxLength]) => {
        const snippet = makeSnippet(text, matches, maxLength);
        expect(snippet.text.length).toBeLessThanOrEqual(maxLength);
        expect(text.slice(snippet.start, snippet.start + snippet.text.length)).toBe(snippet.text);
        // A match that splits an emoji is widened to the whole emoji, which is the one thing a highlight may add.
        const inBody = normalizeRanges(matches, text.length).map((m) => ({
          start: m.start - 1,
          end: m.end + 1,
        }));
        let previousEnd = -1;
        for (const h of snippet.highlights) {
          expect(h.start).toBeGreaterThan(previousEnd);
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeLessThanOrEqual(snippet.text.length);
          const at = { start: snippet.start + h.start, end: snippet.start + h.end };
          for (let i = at.start; i < at.end; i++)
            expect(inBody.some((m) => m.start <= i && i < m.end)).toBe(true);
          expect(text.slice(at.start, at.end)).toMatch(/^\S(.*\S)?$/su);
          previousEnd = h.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('shows at least part of some match whenever a match exists', () => {
    fc.assert(
      fc.property(withMatches, ([text, matches, maxLength]) => {
        // One character of room cannot show half of an emoji without breaking it, so allow at least two.
        const snippet = makeSnippet(text, matches, Math.max(2, maxLength));
        const visible = normalizeRanges(matches, text.length).some((m) =>
          /\S/.test(text.slice(m.start, m.end)),
        );
        if (visible) expect(snippet.highlights.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});
