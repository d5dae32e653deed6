import { describe, expect, it } from 'vitest';
import type { Inline } from '../articles/article';
import { layoutInline } from './inline-layout';

describe('layoutInline', () => {
  it('keeps a link one run however many highlights cross it, with styles on each segment', () => {
    const link: Inline = { start: 4, end: 13, page: 'A/Audit.html' };
    const inlines: Inline[] = [link, { start: 8, end: 13, style: 'em' }];
    const marks = [{ start: 106, end: 110, kind: 'annotation' as const, id: 'h' }];
    const runs = layoutInline(100, 'See the audit now', marks, inlines);
    expect(
      runs.map((r) => [r.link?.page, r.segments.map((s) => [s.text, s.styles, s.marks.length])]),
    ).toEqual([
      [undefined, [['See ', [], 0]]],
      [
        'A/Audit.html',
        [
          ['th', [], 0],
          ['e ', [], 1],
          ['au', ['em'], 1],
          ['dit', ['em'], 0],
        ],
      ],
      [undefined, [[' now', [], 0]]],
    ]);
  });

  it('lays out one cell of a row with the inlines of the whole row', () => {
    // Row text "Maker\tDJI Ltd" at offset 50: the cell "DJI Ltd" starts at 56; its link is at 6..9 of the row.
    const runs = layoutInline(56, 'DJI Ltd', [], [{ start: 6, end: 9, url: 'https://dji.com' }], 50);
    expect(runs.map((r) => [r.link?.url, r.segments.map((s) => s.text).join('')])).toEqual([
      ['https://dji.com', 'DJI'],
      [undefined, ' Ltd'],
    ]);
  });
});
