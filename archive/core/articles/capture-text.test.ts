import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSpace, splitParagraphs } from './capture-text';

describe('capture text helpers', () => {
  it('collapses no-break spaces, tabs and line breaks but keeps typographic punctuation', () => {
    expect(normalizeSpace(' The world’s leading\u00a0 drone\tmaker\nDJI\u00a0 ')).toBe(
      'The world’s leading drone maker DJI',
    );
  });

  it('splits at blank lines, whitespace-only ones included, keeping the lines of each paragraph', () => {
    expect(splitParagraphs('Title\r\n\r\n  • one\n  • two\n \t\nExpand\nExpanding\nClose')).toEqual([
      ['Title'],
      ['  • one', '  • two'],
      ['Expand', 'Expanding', 'Close'],
    ]);
  });

  it('never yields an empty paragraph or a blank line, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        for (const lines of splitParagraphs(raw)) {
          expect(lines.length).toBeGreaterThan(0);
          for (const line of lines) expect(line.trim()).not.toBe('');
        }
        expect(normalizeSpace(raw)).not.toMatch(/^\s|\s$|\s{2}/);
      }),
    );
  });
});
